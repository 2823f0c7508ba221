from enum import Enum


class CreateMemorySourceRequestGitType(str, Enum):
    GIT = "git"

    def __str__(self) -> str:
        return str(self.value)
