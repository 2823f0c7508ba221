from enum import Enum


class BudgetPeriodDurationType(str, Enum):
    DURATION = "duration"

    def __str__(self) -> str:
        return str(self.value)
