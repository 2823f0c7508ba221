from enum import Enum


class AppEndpointAuthProviderConfigGoogleOidcType(str, Enum):
    GOOGLE_OIDC = "google_oidc"

    def __str__(self) -> str:
        return str(self.value)
