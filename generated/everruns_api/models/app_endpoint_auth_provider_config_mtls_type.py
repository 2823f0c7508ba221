from enum import Enum


class AppEndpointAuthProviderConfigMtlsType(str, Enum):
    MTLS = "mtls"

    def __str__(self) -> str:
        return str(self.value)
