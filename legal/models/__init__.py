from legal.models.accessibility import AccessibilityStatementPage, ComplianceStatus
from legal.models.notice import LegalNoticePage
from legal.models.privacy import PrivacyPage

__all__ = [
    "AccessibilityStatementPage",
    "ComplianceStatus",
    "LegalNoticePage",
    "PrivacyPage",
]
