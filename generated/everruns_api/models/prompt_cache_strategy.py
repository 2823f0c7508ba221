from enum import Enum


class PromptCacheStrategy(str, Enum):
    AUTO = "auto"

    def __str__(self) -> str:
        return str(self.value)
