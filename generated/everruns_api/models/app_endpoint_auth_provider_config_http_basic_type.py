from enum import Enum


class AppEndpointAuthProviderConfigHttpBasicType(str, Enum):
    HTTP_BASIC = "http_basic"

    def __str__(self) -> str:
        return str(self.value)
