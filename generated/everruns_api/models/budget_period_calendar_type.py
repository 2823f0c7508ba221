from enum import Enum


class BudgetPeriodCalendarType(str, Enum):
    CALENDAR = "calendar"

    def __str__(self) -> str:
        return str(self.value)
