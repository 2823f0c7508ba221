from enum import Enum


class SyncModelsResponseNotSupportedStatus(str, Enum):
    NOT_SUPPORTED = "not_supported"

    def __str__(self) -> str:
        return str(self.value)
