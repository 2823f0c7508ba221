from enum import Enum


class AppEndpointAuthProviderConfigOidcType(str, Enum):
    OIDC = "oidc"

    def __str__(self) -> str:
        return str(self.value)
