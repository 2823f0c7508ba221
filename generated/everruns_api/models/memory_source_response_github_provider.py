from enum import Enum


class MemorySourceResponseGithubProvider(str, Enum):
    GITHUB = "github"

    def __str__(self) -> str:
        return str(self.value)
