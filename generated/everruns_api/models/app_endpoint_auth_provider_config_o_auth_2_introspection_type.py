from enum import Enum


class AppEndpointAuthProviderConfigOAuth2IntrospectionType(str, Enum):
    O_AUTH2_INTROSPECTION = "o_auth2_introspection"

    def __str__(self) -> str:
        return str(self.value)
