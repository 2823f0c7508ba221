"""Every data model of the API, loaded on first use.

Importing this package costs next to nothing: a model's module is imported the
first time its name is looked up (PEP 562). Type checkers and IDEs read the
imports under TYPE_CHECKING, so completion and ``mypy --strict`` see every name.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .act_completed_data import ActCompletedData
    from .act_started_data import ActStartedData
    from .add_a2a_channel_http_request import AddA2AChannelHttpRequest
    from .add_a2a_channel_output import AddA2AChannelOutput
    from .add_api_endpoint_channel_http_request import AddApiEndpointChannelHttpRequest
    from .add_api_endpoint_channel_output import AddApiEndpointChannelOutput
    from .add_session_participant_request import AddSessionParticipantRequest
    from .agent import Agent
    from .agent_analysis import AgentAnalysis
    from .agent_capability_config import AgentCapabilityConfig
    from .agent_credential_binding import AgentCredentialBinding
    from .agent_harness_source import AgentHarnessSource
    from .agent_harness_status import AgentHarnessStatus
    from .agent_harness_summary import AgentHarnessSummary
    from .agent_message import AgentMessage
    from .agent_preview_response import AgentPreviewResponse
    from .agent_preview_response_tools_item import AgentPreviewResponseToolsItem
    from .agent_status import AgentStatus
    from .agent_trigger import AgentTrigger
    from .agent_trigger_run import AgentTriggerRun
    from .agent_trigger_type import AgentTriggerType
    from .agent_version import AgentVersion
    from .agent_version_authored_config import AgentVersionAuthoredConfig
    from .agent_version_change_kind import AgentVersionChangeKind
    from .agent_version_diff import AgentVersionDiff
    from .agent_version_policy import AgentVersionPolicy
    from .agent_version_resolved_config import AgentVersionResolvedConfig
    from .allowed_action import AllowedAction
    from .annotation_source import AnnotationSource
    from .api_key_connection_request import ApiKeyConnectionRequest
    from .app import App
    from .app_channel import AppChannel
    from .app_endpoint_auth_config import AppEndpointAuthConfig
    from .app_endpoint_auth_mode import AppEndpointAuthMode
    from .app_endpoint_auth_provider_config_google_oidc import (
        AppEndpointAuthProviderConfigGoogleOidc,
    )
    from .app_endpoint_auth_provider_config_google_oidc_type import (
        AppEndpointAuthProviderConfigGoogleOidcType,
    )
    from .app_endpoint_auth_provider_config_http_basic import (
        AppEndpointAuthProviderConfigHttpBasic,
    )
    from .app_endpoint_auth_provider_config_http_basic_type import (
        AppEndpointAuthProviderConfigHttpBasicType,
    )
    from .app_endpoint_auth_provider_config_mtls import (
        AppEndpointAuthProviderConfigMtls,
    )
    from .app_endpoint_auth_provider_config_mtls_type import (
        AppEndpointAuthProviderConfigMtlsType,
    )
    from .app_endpoint_auth_provider_config_o_auth_2_introspection import (
        AppEndpointAuthProviderConfigOAuth2Introspection,
    )
    from .app_endpoint_auth_provider_config_o_auth_2_introspection_type import (
        AppEndpointAuthProviderConfigOAuth2IntrospectionType,
    )
    from .app_endpoint_auth_provider_config_oidc import (
        AppEndpointAuthProviderConfigOidc,
    )
    from .app_endpoint_auth_provider_config_oidc_type import (
        AppEndpointAuthProviderConfigOidcType,
    )
    from .app_endpoint_auth_requirements import AppEndpointAuthRequirements
    from .app_endpoint_auth_requirements_claims import AppEndpointAuthRequirementsClaims
    from .app_run_bucket import AppRunBucket
    from .app_run_event import AppRunEvent
    from .app_run_list_response import AppRunListResponse
    from .app_status import AppStatus
    from .b_tree_map import BTreeMap
    from .b_tree_map_additional_property import BTreeMapAdditionalProperty
    from .b_tree_map_additional_property_env import BTreeMapAdditionalPropertyEnv
    from .b_tree_map_additional_property_headers import (
        BTreeMapAdditionalPropertyHeaders,
    )
    from .background_progress import BackgroundProgress
    from .batch_set_secrets_request import BatchSetSecretsRequest
    from .batch_set_secrets_request_secrets import BatchSetSecretsRequestSecrets
    from .batch_set_secrets_response import BatchSetSecretsResponse
    from .budget import Budget
    from .budget_check_result import BudgetCheckResult
    from .budget_check_result_error_fields_type_0 import (
        BudgetCheckResultErrorFieldsType0,
    )
    from .budget_event_data import BudgetEventData
    from .budget_period_calendar import BudgetPeriodCalendar
    from .budget_period_calendar_type import BudgetPeriodCalendarType
    from .budget_period_duration import BudgetPeriodDuration
    from .budget_period_duration_type import BudgetPeriodDurationType
    from .budget_period_rolling import BudgetPeriodRolling
    from .budget_period_rolling_type import BudgetPeriodRollingType
    from .budget_status import BudgetStatus
    from .budget_subject_type import BudgetSubjectType
    from .builtin_tool import BuiltinTool
    from .cancel_status import CancelStatus
    from .cancel_turn_response import CancelTurnResponse
    from .capability import Capability
    from .capability_config_schema import CapabilityConfigSchema
    from .capability_config_ui_schema import CapabilityConfigUiSchema
    from .capability_localization_info import CapabilityLocalizationInfo
    from .capability_localization_info_config_overlay import (
        CapabilityLocalizationInfoConfigOverlay,
    )
    from .capability_localizations import CapabilityLocalizations
    from .capability_tool_definitions_item import CapabilityToolDefinitionsItem
    from .capability_usage_data import CapabilityUsageData
    from .capability_usage_kind import CapabilityUsageKind
    from .capability_usage_record import CapabilityUsageRecord
    from .channel_type import ChannelType
    from .check_agent_name_response import CheckAgentNameResponse
    from .check_name_response import CheckNameResponse
    from .circuit_breaker_response import CircuitBreakerResponse
    from .circuit_breakers_list_response import CircuitBreakersListResponse
    from .client_side_tool import ClientSideTool
    from .client_tool_result import ClientToolResult
    from .commit_request import CommitRequest
    from .commit_result import CommitResult
    from .compaction_reason import CompactionReason
    from .compaction_step_data import CompactionStepData
    from .connection import Connection
    from .content_part_image import ContentPartImage
    from .content_part_image_file import ContentPartImageFile
    from .content_part_image_file_type import ContentPartImageFileType
    from .content_part_image_type import ContentPartImageType
    from .content_part_text import ContentPartText
    from .content_part_text_type import ContentPartTextType
    from .content_part_tool_call import ContentPartToolCall
    from .content_part_tool_call_type import ContentPartToolCallType
    from .content_part_tool_result import ContentPartToolResult
    from .content_part_tool_result_type import ContentPartToolResultType
    from .context_compacted_data import ContextCompactedData
    from .context_compacting_data import ContextCompactingData
    from .context_report_contribution import ContextReportContribution
    from .context_report_section import ContextReportSection
    from .controls import Controls
    from .controls_hints_type_0 import ControlsHintsType0
    from .copy_file_request import CopyFileRequest
    from .cost_tier import CostTier
    from .create_agent_credential_binding import CreateAgentCredentialBinding
    from .create_agent_request import CreateAgentRequest
    from .create_agent_trigger_request import CreateAgentTriggerRequest
    from .create_agent_version_request import CreateAgentVersionRequest
    from .create_app_request import CreateAppRequest
    from .create_app_request_channel_config_type_0 import (
        CreateAppRequestChannelConfigType0,
    )
    from .create_branch_request import CreateBranchRequest
    from .create_budget_request import CreateBudgetRequest
    from .create_database_request import CreateDatabaseRequest
    from .create_declarative_capability_request import (
        CreateDeclarativeCapabilityRequest,
    )
    from .create_declarative_capability_request_definition import (
        CreateDeclarativeCapabilityRequestDefinition,
    )
    from .create_file_request import CreateFileRequest
    from .create_harness_request import CreateHarnessRequest
    from .create_harness_request_embedder_metadata import (
        CreateHarnessRequestEmbedderMetadata,
    )
    from .create_knowledge_base_request import CreateKnowledgeBaseRequest
    from .create_knowledge_entry_request import CreateKnowledgeEntryRequest
    from .create_knowledge_index_request import CreateKnowledgeIndexRequest
    from .create_mcp_server_request import CreateMcpServerRequest
    from .create_mcp_server_request_headers_type_0 import (
        CreateMcpServerRequestHeadersType0,
    )
    from .create_memory_file_request import CreateMemoryFileRequest
    from .create_memory_request import CreateMemoryRequest
    from .create_memory_source_request_git import CreateMemorySourceRequestGit
    from .create_memory_source_request_git_type import CreateMemorySourceRequestGitType
    from .create_memory_source_request_github import CreateMemorySourceRequestGithub
    from .create_memory_source_request_github_type import (
        CreateMemorySourceRequestGithubType,
    )
    from .create_message_request import CreateMessageRequest
    from .create_message_request_metadata_type_0 import (
        CreateMessageRequestMetadataType0,
    )
    from .create_model_request import CreateModelRequest
    from .create_organization_request import CreateOrganizationRequest
    from .create_payment_account_request import CreatePaymentAccountRequest
    from .create_payment_policy_request import CreatePaymentPolicyRequest
    from .create_plugin_marketplace_request import CreatePluginMarketplaceRequest
    from .create_provider_request import CreateProviderRequest
    from .create_provider_request_credentials_type_0 import (
        CreateProviderRequestCredentialsType0,
    )
    from .create_push_config_body import CreatePushConfigBody
    from .create_saved_report_request import CreateSavedReportRequest
    from .create_schedule_request import CreateScheduleRequest
    from .create_session_request import CreateSessionRequest
    from .create_session_request_hints_type_0 import CreateSessionRequestHintsType0
    from .create_skill_request import CreateSkillRequest
    from .create_task_webhook_request import CreateTaskWebhookRequest
    from .create_workspace_request import CreateWorkspaceRequest
    from .credential_form_schema import CredentialFormSchema
    from .database_schema import DatabaseSchema
    from .dataset_catalog import DatasetCatalog
    from .dataset_catalog_entry import DatasetCatalogEntry
    from .dataset_projector_lag import DatasetProjectorLag
    from .declarative_capability import DeclarativeCapability
    from .declarative_capability_definition import DeclarativeCapabilityDefinition
    from .deferrable_policy import DeferrablePolicy
    from .delete_account_response import DeleteAccountResponse
    from .delete_file_response import DeleteFileResponse
    from .delete_query import DeleteQuery
    from .diff_query import DiffQuery
    from .dlq_entry_response import DlqEntryResponse
    from .dlq_entry_response_input import DlqEntryResponseInput
    from .dlq_list_response import DlqListResponse
    from .driver_credential_info import DriverCredentialInfo
    from .enqueue_task_options import EnqueueTaskOptions
    from .enqueue_task_request import EnqueueTaskRequest
    from .enqueue_task_response import EnqueueTaskResponse
    from .error_response import ErrorResponse
    from .event import Event
    from .event_context import EventContext
    from .event_type_count_out import EventTypeCountOut
    from .events_summary_result import EventsSummaryResult
    from .execution_phase import ExecutionPhase
    from .export_report_query_request import ExportReportQueryRequest
    from .export_saved_report_request import ExportSavedReportRequest
    from .export_user_data_response import ExportUserDataResponse
    from .exported_organization import ExportedOrganization
    from .exported_personal_access_token import ExportedPersonalAccessToken
    from .exported_user_profile import ExportedUserProfile
    from .external_actor import ExternalActor
    from .external_actor_metadata_type_0 import ExternalActorMetadataType0
    from .failed_reporting_outbox_row import FailedReportingOutboxRow
    from .feature_flag_map import FeatureFlagMap
    from .field_type import FieldType
    from .file_info import FileInfo
    from .file_written_data import FileWrittenData
    from .finding import Finding
    from .finding_category import FindingCategory
    from .finding_location import FindingLocation
    from .finding_severity import FindingSeverity
    from .finding_source import FindingSource
    from .fork_agent_version_request import ForkAgentVersionRequest
    from .fork_session_request import ForkSessionRequest
    from .form_field import FormField
    from .get_or_create_chat_session_request import GetOrCreateChatSessionRequest
    from .get_query import GetQuery
    from .get_session_sandbox_response import GetSessionSandboxResponse
    from .get_session_sandbox_response_metadata import GetSessionSandboxResponseMetadata
    from .git_commit_info import GitCommitInfo
    from .git_diff import GitDiff
    from .git_diff_entry import GitDiffEntry
    from .git_diff_stats import GitDiffStats
    from .git_hub_memory_source_request import GitHubMemorySourceRequest
    from .git_hub_memory_source_response import GitHubMemorySourceResponse
    from .git_memory_source_request import GitMemorySourceRequest
    from .git_memory_source_response import GitMemorySourceResponse
    from .git_ref_info import GitRefInfo
    from .grep_match import GrepMatch
    from .grep_request import GrepRequest
    from .grep_result import GrepResult
    from .guardrail_action import GuardrailAction
    from .guardrail_example import GuardrailExample
    from .guardrail_example_config import GuardrailExampleConfig
    from .guardrail_examples_response import GuardrailExamplesResponse
    from .guardrail_stage import GuardrailStage
    from .guardrails_dry_run_hit import GuardrailsDryRunHit
    from .guardrails_dry_run_request import GuardrailsDryRunRequest
    from .guardrails_dry_run_request_config import GuardrailsDryRunRequestConfig
    from .guardrails_dry_run_response import GuardrailsDryRunResponse
    from .harness import Harness
    from .harness_embedder_metadata import HarnessEmbedderMetadata
    from .harness_example import HarnessExample
    from .harness_preview_response import HarnessPreviewResponse
    from .harness_preview_response_tools_item import HarnessPreviewResponseToolsItem
    from .harness_status import HarnessStatus
    from .health_check_case_result import HealthCheckCaseResult
    from .health_check_run import HealthCheckRun
    from .health_check_status import HealthCheckStatus
    from .health_check_summary import HealthCheckSummary
    from .health_response import HealthResponse
    from .image import Image
    from .image_content_part import ImageContentPart
    from .image_file_content_part import ImageFileContentPart
    from .import_okf_bundle_request import ImportOkfBundleRequest
    from .initial_file import InitialFile
    from .input_content_part_image import InputContentPartImage
    from .input_content_part_image_file import InputContentPartImageFile
    from .input_content_part_image_file_type import InputContentPartImageFileType
    from .input_content_part_image_type import InputContentPartImageType
    from .input_content_part_text import InputContentPartText
    from .input_content_part_text_type import InputContentPartTextType
    from .input_message import InputMessage
    from .input_message_data import InputMessageData
    from .install_plugin_request import InstallPluginRequest
    from .invocation_session_mode import InvocationSessionMode
    from .key_value_info import KeyValueInfo
    from .knowledge_base_response import KnowledgeBaseResponse
    from .knowledge_entry_response import KnowledgeEntryResponse
    from .knowledge_index_document_response import KnowledgeIndexDocumentResponse
    from .knowledge_index_response import KnowledgeIndexResponse
    from .latest_health_check_run import LatestHealthCheckRun
    from .leased_resource import LeasedResource
    from .leased_resource_metadata import LeasedResourceMetadata
    from .leased_resource_status import LeasedResourceStatus
    from .ledger_entry import LedgerEntry
    from .list_app_runs_query import ListAppRunsQuery
    from .list_executions_query import ListExecutionsQuery
    from .list_knowledge_bases_query import ListKnowledgeBasesQuery
    from .list_knowledge_entries_query import ListKnowledgeEntriesQuery
    from .list_knowledge_indexes_query import ListKnowledgeIndexesQuery
    from .list_memories_query import ListMemoriesQuery
    from .list_response_agent import ListResponseAgent
    from .list_response_agent_credential_binding import (
        ListResponseAgentCredentialBinding,
    )
    from .list_response_app import ListResponseApp
    from .list_response_capability import ListResponseCapability
    from .list_response_connection import ListResponseConnection
    from .list_response_declarative_capability import ListResponseDeclarativeCapability
    from .list_response_event import ListResponseEvent
    from .list_response_file_info import ListResponseFileInfo
    from .list_response_grep_result import ListResponseGrepResult
    from .list_response_harness import ListResponseHarness
    from .list_response_key_value_info import ListResponseKeyValueInfo
    from .list_response_knowledge_base_response import ListResponseKnowledgeBaseResponse
    from .list_response_knowledge_entry_response import (
        ListResponseKnowledgeEntryResponse,
    )
    from .list_response_knowledge_index_document_response import (
        ListResponseKnowledgeIndexDocumentResponse,
    )
    from .list_response_knowledge_index_response import (
        ListResponseKnowledgeIndexResponse,
    )
    from .list_response_mcp_server import ListResponseMcpServer
    from .list_response_memory import ListResponseMemory
    from .list_response_memory_file_info import ListResponseMemoryFileInfo
    from .list_response_memory_grep_result import ListResponseMemoryGrepResult
    from .list_response_message import ListResponseMessage
    from .list_response_model import ListResponseModel
    from .list_response_organization_response import ListResponseOrganizationResponse
    from .list_response_provider import ListResponseProvider
    from .list_response_saved_report import ListResponseSavedReport
    from .list_response_secret_info import ListResponseSecretInfo
    from .list_response_session_database import ListResponseSessionDatabase
    from .list_response_skill import ListResponseSkill
    from .list_response_task_webhook_response import ListResponseTaskWebhookResponse
    from .list_response_user import ListResponseUser
    from .list_response_workspace import ListResponseWorkspace
    from .list_schedules_query import ListSchedulesQuery
    from .list_skills_usage_response_200 import ListSkillsUsageResponse200
    from .list_users_query import ListUsersQuery
    from .list_workspaces_query import ListWorkspacesQuery
    from .llm_compaction_info import LlmCompactionInfo
    from .llm_generation_data import LlmGenerationData
    from .llm_generation_metadata import LlmGenerationMetadata
    from .llm_generation_output import LlmGenerationOutput
    from .llm_prompt_cache_info import LlmPromptCacheInfo
    from .llm_request_options import LlmRequestOptions
    from .llm_request_options_metadata import LlmRequestOptionsMetadata
    from .llm_request_options_provider_options import LlmRequestOptionsProviderOptions
    from .llm_retry_info import LlmRetryInfo
    from .llm_tool_search_info import LlmToolSearchInfo
    from .log_query import LogQuery
    from .manage_session_sandbox_request import ManageSessionSandboxRequest
    from .manage_session_sandbox_response import ManageSessionSandboxResponse
    from .manual_memory_source_response import ManualMemorySourceResponse
    from .mcp_error_category import McpErrorCategory
    from .mcp_error_code import McpErrorCode
    from .mcp_execute_error import McpExecuteError
    from .mcp_protocol_mode import McpProtocolMode
    from .mcp_server import McpServer
    from .mcp_server_auth_mode import McpServerAuthMode
    from .mcp_server_headers import McpServerHeaders
    from .mcp_server_status import McpServerStatus
    from .mcp_server_transport_type import McpServerTransportType
    from .mcp_tool_annotations import McpToolAnnotations
    from .memory import Memory
    from .memory_file_info import MemoryFileInfo
    from .memory_grep_result import MemoryGrepResult
    from .memory_source_response_git import MemorySourceResponseGit
    from .memory_source_response_git_provider import MemorySourceResponseGitProvider
    from .memory_source_response_github import MemorySourceResponseGithub
    from .memory_source_response_github_provider import (
        MemorySourceResponseGithubProvider,
    )
    from .memory_source_response_manual import MemorySourceResponseManual
    from .memory_source_response_manual_provider import (
        MemorySourceResponseManualProvider,
    )
    from .message import Message
    from .message_body import MessageBody
    from .message_metadata_type_0 import MessageMetadataType0
    from .message_role import MessageRole
    from .metrics_point import MetricsPoint
    from .metrics_time_series_response import MetricsTimeSeriesResponse
    from .modality import Modality
    from .model import Model
    from .model_cost import ModelCost
    from .model_limits import ModelLimits
    from .model_metadata import ModelMetadata
    from .model_modalities import ModelModalities
    from .model_profile import ModelProfile
    from .model_source import ModelSource
    from .model_vendor import ModelVendor
    from .move_file_request import MoveFileRequest
    from .network_access_list import NetworkAccessList
    from .okf_file_input import OkfFileInput
    from .okf_import_summary import OkfImportSummary
    from .org_feature_flag_setting import OrgFeatureFlagSetting
    from .org_feature_flags_settings_response import OrgFeatureFlagsSettingsResponse
    from .organization_response import OrganizationResponse
    from .organization_response_default_provider_per_service import (
        OrganizationResponseDefaultProviderPerService,
    )
    from .other_event_data import OtherEventData
    from .output_message_completed_data import OutputMessageCompletedData
    from .output_message_completed_data_error_fields_type_0 import (
        OutputMessageCompletedDataErrorFieldsType0,
    )
    from .output_message_delta_data import OutputMessageDeltaData
    from .output_message_replaced_data import OutputMessageReplacedData
    from .output_message_started_data import OutputMessageStartedData
    from .paginated_response_agent import PaginatedResponseAgent
    from .paginated_response_capability import PaginatedResponseCapability
    from .paginated_response_session import PaginatedResponseSession
    from .payment_account import PaymentAccount
    from .payment_attempt import PaymentAttempt
    from .payment_owner_type import PaymentOwnerType
    from .payment_policy import PaymentPolicy
    from .payment_rail import PaymentRail
    from .payment_status import PaymentStatus
    from .post_task_message_body import PostTaskMessageBody
    from .preview_agent_request import PreviewAgentRequest
    from .preview_agent_request_tools_item import PreviewAgentRequestToolsItem
    from .preview_harness_request import PreviewHarnessRequest
    from .principal_kind import PrincipalKind
    from .principal_summary import PrincipalSummary
    from .profile_response import ProfileResponse
    from .projector_run_query import ProjectorRunQuery
    from .projector_run_result import ProjectorRunResult
    from .prompt_cache_strategy import PromptCacheStrategy
    from .provider import Provider
    from .provider_request_header import ProviderRequestHeader
    from .provider_request_options import ProviderRequestOptions
    from .provider_status import ProviderStatus
    from .provider_trace_config import ProviderTraceConfig
    from .providers_config_response import ProvidersConfigResponse
    from .providers_config_response_policies import ProvidersConfigResponsePolicies
    from .reason_completed_data import ReasonCompletedData
    from .reason_item_data import ReasonItemData
    from .reason_recovered_data import ReasonRecoveredData
    from .reason_started_data import ReasonStartedData
    from .reason_thinking_completed_data import ReasonThinkingCompletedData
    from .reason_thinking_delta_data import ReasonThinkingDeltaData
    from .reason_thinking_started_data import ReasonThinkingStartedData
    from .reasoning_config import ReasoningConfig
    from .reasoning_effort import ReasoningEffort
    from .reasoning_effort_config import ReasoningEffortConfig
    from .reasoning_effort_value import ReasoningEffortValue
    from .recovery_mode import RecoveryMode
    from .regenerate_a2a_api_key_output import RegenerateA2AApiKeyOutput
    from .regenerate_api_endpoint_api_key_output import (
        RegenerateApiEndpointApiKeyOutput,
    )
    from .report_column import ReportColumn
    from .report_column_kind import ReportColumnKind
    from .report_export import ReportExport
    from .report_export_format import ReportExportFormat
    from .report_filter import ReportFilter
    from .report_filter_op import ReportFilterOp
    from .report_order_by import ReportOrderBy
    from .report_order_direction import ReportOrderDirection
    from .report_query import ReportQuery
    from .report_result import ReportResult
    from .report_time_range import ReportTimeRange
    from .reporting_backfill_request import ReportingBackfillRequest
    from .reporting_backfill_result import ReportingBackfillResult
    from .reporting_diagnostics import ReportingDiagnostics
    from .reporting_outbox_diagnostics import ReportingOutboxDiagnostics
    from .resolve_org_response import ResolveOrgResponse
    from .resolved_model import ResolvedModel
    from .resource_config_response import ResourceConfigResponse
    from .resource_config_response_policies import ResourceConfigResponsePolicies
    from .resource_stats import ResourceStats
    from .resume_session_response import ResumeSessionResponse
    from .risk_level import RiskLevel
    from .rollback_agent_version_request import RollbackAgentVersionRequest
    from .saved_report import SavedReport
    from .saved_report_dashboard_metadata import SavedReportDashboardMetadata
    from .schedule_execution_response import ScheduleExecutionResponse
    from .schedule_executions_list_response import ScheduleExecutionsListResponse
    from .schedule_response import ScheduleResponse
    from .schedule_stats_response import ScheduleStatsResponse
    from .schedule_target import ScheduleTarget
    from .schedule_target_response import ScheduleTargetResponse
    from .schedule_target_response_input import ScheduleTargetResponseInput
    from .schedule_trigger_config import ScheduleTriggerConfig
    from .schedules_list_response import SchedulesListResponse
    from .secret_info import SecretInfo
    from .send_signal_request import SendSignalRequest
    from .session import Session
    from .session_activated_data import SessionActivatedData
    from .session_activity import SessionActivity
    from .session_blueprint_config_type_0 import SessionBlueprintConfigType0
    from .session_context_report import SessionContextReport
    from .session_database import SessionDatabase
    from .session_facet_count import SessionFacetCount
    from .session_facets import SessionFacets
    from .session_hints_type_0 import SessionHintsType0
    from .session_idled_data import SessionIdledData
    from .session_participant import SessionParticipant
    from .session_participant_kind import SessionParticipantKind
    from .session_participant_role import SessionParticipantRole
    from .session_ref import SessionRef
    from .session_resource_entry import SessionResourceEntry
    from .session_resource_status import SessionResourceStatus
    from .session_sandbox_action import SessionSandboxAction
    from .session_sandbox_status_value import SessionSandboxStatusValue
    from .session_source import SessionSource
    from .session_started_data import SessionStartedData
    from .session_stats_response import SessionStatsResponse
    from .session_status import SessionStatus
    from .session_task import SessionTask
    from .session_task_detail import SessionTaskDetail
    from .session_task_event_data import SessionTaskEventData
    from .session_task_spec import SessionTaskSpec
    from .session_task_state import SessionTaskState
    from .session_title_updated_data import SessionTitleUpdatedData
    from .set_agent_credential_value_request import SetAgentCredentialValueRequest
    from .set_default_agent_version_request import SetDefaultAgentVersionRequest
    from .side_effect_class import SideEffectClass
    from .skill import Skill
    from .skill_content import SkillContent
    from .skill_file_entry import SkillFileEntry
    from .skill_metadata import SkillMetadata
    from .skill_source_type import SkillSourceType
    from .skill_status import SkillStatus
    from .skill_usage import SkillUsage
    from .skill_validation_result import SkillValidationResult
    from .speed import Speed
    from .speed_config import SpeedConfig
    from .speed_value import SpeedValue
    from .stat_request import StatRequest
    from .submit_tool_results_request import SubmitToolResultsRequest
    from .submit_tool_results_response import SubmitToolResultsResponse
    from .success_response import SuccessResponse
    from .switch_org_request import SwitchOrgRequest
    from .switch_org_response import SwitchOrgResponse
    from .sync_models_response_not_supported import SyncModelsResponseNotSupported
    from .sync_models_response_not_supported_status import (
        SyncModelsResponseNotSupportedStatus,
    )
    from .sync_models_response_success import SyncModelsResponseSuccess
    from .sync_models_response_success_status import SyncModelsResponseSuccessStatus
    from .task_artifact import TaskArtifact
    from .task_error import TaskError
    from .task_input_request import TaskInputRequest
    from .task_input_request_expected import TaskInputRequestExpected
    from .task_links import TaskLinks
    from .task_message import TaskMessage
    from .task_message_direction import TaskMessageDirection
    from .task_message_event_data import TaskMessageEventData
    from .task_message_part_data import TaskMessagePartData
    from .task_message_part_data_data import TaskMessagePartDataData
    from .task_message_part_data_type import TaskMessagePartDataType
    from .task_message_part_text import TaskMessagePartText
    from .task_message_part_text_type import TaskMessagePartTextType
    from .task_push_config import TaskPushConfig
    from .task_response import TaskResponse
    from .task_wake_policy import TaskWakePolicy
    from .task_webhook_response import TaskWebhookResponse
    from .tasks_list_response import TasksListResponse
    from .text_annotation import TextAnnotation
    from .text_content_part import TextContentPart
    from .token_usage import TokenUsage
    from .tool_call import ToolCall
    from .tool_call_arguments import ToolCallArguments
    from .tool_call_content_part import ToolCallContentPart
    from .tool_call_repaired_data import ToolCallRepairedData
    from .tool_call_requested_data import ToolCallRequestedData
    from .tool_call_summary import ToolCallSummary
    from .tool_completed_data import ToolCompletedData
    from .tool_definition_builtin import ToolDefinitionBuiltin
    from .tool_definition_builtin_type import ToolDefinitionBuiltinType
    from .tool_definition_client_side import ToolDefinitionClientSide
    from .tool_definition_client_side_type import ToolDefinitionClientSideType
    from .tool_definition_summary import ToolDefinitionSummary
    from .tool_hints import ToolHints
    from .tool_output_delta_data import ToolOutputDeltaData
    from .tool_policy import ToolPolicy
    from .tool_progress_data import ToolProgressData
    from .tool_result_content_part import ToolResultContentPart
    from .tool_started_data import ToolStartedData
    from .top_up_request import TopUpRequest
    from .transcript_repair_action import TranscriptRepairAction
    from .transcript_repaired_data import TranscriptRepairedData
    from .trigger_response import TriggerResponse
    from .triggered_session import TriggeredSession
    from .turn_cancelled_data import TurnCancelledData
    from .turn_completed_data import TurnCompletedData
    from .turn_failed_data import TurnFailedData
    from .turn_failed_data_error_fields_type_0 import TurnFailedDataErrorFieldsType0
    from .turn_sealed_data import TurnSealedData
    from .turn_started_data import TurnStartedData
    from .update_agent_request import UpdateAgentRequest
    from .update_agent_trigger_request import UpdateAgentTriggerRequest
    from .update_app_request import UpdateAppRequest
    from .update_budget_request import UpdateBudgetRequest
    from .update_declarative_capability_request import (
        UpdateDeclarativeCapabilityRequest,
    )
    from .update_declarative_capability_request_definition import (
        UpdateDeclarativeCapabilityRequestDefinition,
    )
    from .update_file_request import UpdateFileRequest
    from .update_harness_request import UpdateHarnessRequest
    from .update_harness_request_embedder_metadata_type_0 import (
        UpdateHarnessRequestEmbedderMetadataType0,
    )
    from .update_installed_plugin_request import UpdateInstalledPluginRequest
    from .update_knowledge_base_request import UpdateKnowledgeBaseRequest
    from .update_knowledge_entry_request import UpdateKnowledgeEntryRequest
    from .update_knowledge_index_request import UpdateKnowledgeIndexRequest
    from .update_mcp_server_request import UpdateMcpServerRequest
    from .update_mcp_server_request_headers_type_0 import (
        UpdateMcpServerRequestHeadersType0,
    )
    from .update_memory_file_request import UpdateMemoryFileRequest
    from .update_memory_request import UpdateMemoryRequest
    from .update_model_request import UpdateModelRequest
    from .update_org_feature_flags_request import UpdateOrgFeatureFlagsRequest
    from .update_org_feature_flags_request_flags import (
        UpdateOrgFeatureFlagsRequestFlags,
    )
    from .update_organization_request import UpdateOrganizationRequest
    from .update_organization_request_default_provider_per_service_type_0 import (
        UpdateOrganizationRequestDefaultProviderPerServiceType0,
    )
    from .update_payment_account_request import UpdatePaymentAccountRequest
    from .update_payment_policy_request import UpdatePaymentPolicyRequest
    from .update_plugin_marketplace_request import UpdatePluginMarketplaceRequest
    from .update_profile_request import UpdateProfileRequest
    from .update_provider_request import UpdateProviderRequest
    from .update_provider_request_credentials_type_0 import (
        UpdateProviderRequestCredentialsType0,
    )
    from .update_saved_report_request import UpdateSavedReportRequest
    from .update_schedule_request import UpdateScheduleRequest
    from .update_session_request import UpdateSessionRequest
    from .update_skill_request import UpdateSkillRequest
    from .update_task_webhook_request import UpdateTaskWebhookRequest
    from .update_workspace_request import UpdateWorkspaceRequest
    from .upload_image_body import UploadImageBody
    from .user import User
    from .validate_skill_request import ValidateSkillRequest
    from .verbosity import Verbosity
    from .verbosity_config import VerbosityConfig
    from .verbosity_value import VerbosityValue
    from .verification_status import VerificationStatus
    from .verification_verdict import VerificationVerdict
    from .voice_attach_request import VoiceAttachRequest
    from .voice_attach_response import VoiceAttachResponse
    from .voice_call_request import VoiceCallRequest
    from .voice_call_response import VoiceCallResponse
    from .voice_client_secret_response import VoiceClientSecretResponse
    from .voice_end_request import VoiceEndRequest
    from .voice_end_response import VoiceEndResponse
    from .voice_session_ended_data import VoiceSessionEndedData
    from .voice_session_failed_data import VoiceSessionFailedData
    from .voice_session_options import VoiceSessionOptions
    from .voice_session_response_voice_call_response import (
        VoiceSessionResponseVoiceCallResponse,
    )
    from .voice_session_started_data import VoiceSessionStartedData
    from .voice_transcript_data import VoiceTranscriptData
    from .webhook_invocation_response import WebhookInvocationResponse
    from .worker_response import WorkerResponse
    from .worker_response_metadata import WorkerResponseMetadata
    from .workers_list_response import WorkersListResponse
    from .workers_summary_response import WorkersSummaryResponse
    from .workflow_event_response import WorkflowEventResponse
    from .workflow_events_list_response import WorkflowEventsListResponse
    from .workflow_response import WorkflowResponse
    from .workflow_response_error import WorkflowResponseError
    from .workflow_response_input import WorkflowResponseInput
    from .workflow_response_result import WorkflowResponseResult
    from .workflows_list_response import WorkflowsListResponse
    from .workspace import Workspace

_MODULE_OF = {
    "ActCompletedData": ".act_completed_data",
    "ActStartedData": ".act_started_data",
    "AddA2AChannelHttpRequest": ".add_a2a_channel_http_request",
    "AddA2AChannelOutput": ".add_a2a_channel_output",
    "AddApiEndpointChannelHttpRequest": ".add_api_endpoint_channel_http_request",
    "AddApiEndpointChannelOutput": ".add_api_endpoint_channel_output",
    "AddSessionParticipantRequest": ".add_session_participant_request",
    "Agent": ".agent",
    "AgentAnalysis": ".agent_analysis",
    "AgentCapabilityConfig": ".agent_capability_config",
    "AgentCredentialBinding": ".agent_credential_binding",
    "AgentHarnessSource": ".agent_harness_source",
    "AgentHarnessStatus": ".agent_harness_status",
    "AgentHarnessSummary": ".agent_harness_summary",
    "AgentMessage": ".agent_message",
    "AgentPreviewResponse": ".agent_preview_response",
    "AgentPreviewResponseToolsItem": ".agent_preview_response_tools_item",
    "AgentStatus": ".agent_status",
    "AgentTrigger": ".agent_trigger",
    "AgentTriggerRun": ".agent_trigger_run",
    "AgentTriggerType": ".agent_trigger_type",
    "AgentVersion": ".agent_version",
    "AgentVersionAuthoredConfig": ".agent_version_authored_config",
    "AgentVersionChangeKind": ".agent_version_change_kind",
    "AgentVersionDiff": ".agent_version_diff",
    "AgentVersionPolicy": ".agent_version_policy",
    "AgentVersionResolvedConfig": ".agent_version_resolved_config",
    "AllowedAction": ".allowed_action",
    "AnnotationSource": ".annotation_source",
    "ApiKeyConnectionRequest": ".api_key_connection_request",
    "App": ".app",
    "AppChannel": ".app_channel",
    "AppEndpointAuthConfig": ".app_endpoint_auth_config",
    "AppEndpointAuthMode": ".app_endpoint_auth_mode",
    "AppEndpointAuthProviderConfigGoogleOidc": ".app_endpoint_auth_provider_config_google_oidc",
    "AppEndpointAuthProviderConfigGoogleOidcType": ".app_endpoint_auth_provider_config_google_oidc_type",
    "AppEndpointAuthProviderConfigHttpBasic": ".app_endpoint_auth_provider_config_http_basic",
    "AppEndpointAuthProviderConfigHttpBasicType": ".app_endpoint_auth_provider_config_http_basic_type",
    "AppEndpointAuthProviderConfigMtls": ".app_endpoint_auth_provider_config_mtls",
    "AppEndpointAuthProviderConfigMtlsType": ".app_endpoint_auth_provider_config_mtls_type",
    "AppEndpointAuthProviderConfigOAuth2Introspection": ".app_endpoint_auth_provider_config_o_auth_2_introspection",
    "AppEndpointAuthProviderConfigOAuth2IntrospectionType": ".app_endpoint_auth_provider_config_o_auth_2_introspection_type",
    "AppEndpointAuthProviderConfigOidc": ".app_endpoint_auth_provider_config_oidc",
    "AppEndpointAuthProviderConfigOidcType": ".app_endpoint_auth_provider_config_oidc_type",
    "AppEndpointAuthRequirements": ".app_endpoint_auth_requirements",
    "AppEndpointAuthRequirementsClaims": ".app_endpoint_auth_requirements_claims",
    "AppRunBucket": ".app_run_bucket",
    "AppRunEvent": ".app_run_event",
    "AppRunListResponse": ".app_run_list_response",
    "AppStatus": ".app_status",
    "BTreeMap": ".b_tree_map",
    "BTreeMapAdditionalProperty": ".b_tree_map_additional_property",
    "BTreeMapAdditionalPropertyEnv": ".b_tree_map_additional_property_env",
    "BTreeMapAdditionalPropertyHeaders": ".b_tree_map_additional_property_headers",
    "BackgroundProgress": ".background_progress",
    "BatchSetSecretsRequest": ".batch_set_secrets_request",
    "BatchSetSecretsRequestSecrets": ".batch_set_secrets_request_secrets",
    "BatchSetSecretsResponse": ".batch_set_secrets_response",
    "Budget": ".budget",
    "BudgetCheckResult": ".budget_check_result",
    "BudgetCheckResultErrorFieldsType0": ".budget_check_result_error_fields_type_0",
    "BudgetEventData": ".budget_event_data",
    "BudgetPeriodCalendar": ".budget_period_calendar",
    "BudgetPeriodCalendarType": ".budget_period_calendar_type",
    "BudgetPeriodDuration": ".budget_period_duration",
    "BudgetPeriodDurationType": ".budget_period_duration_type",
    "BudgetPeriodRolling": ".budget_period_rolling",
    "BudgetPeriodRollingType": ".budget_period_rolling_type",
    "BudgetStatus": ".budget_status",
    "BudgetSubjectType": ".budget_subject_type",
    "BuiltinTool": ".builtin_tool",
    "CancelStatus": ".cancel_status",
    "CancelTurnResponse": ".cancel_turn_response",
    "Capability": ".capability",
    "CapabilityConfigSchema": ".capability_config_schema",
    "CapabilityConfigUiSchema": ".capability_config_ui_schema",
    "CapabilityLocalizationInfo": ".capability_localization_info",
    "CapabilityLocalizationInfoConfigOverlay": ".capability_localization_info_config_overlay",
    "CapabilityLocalizations": ".capability_localizations",
    "CapabilityToolDefinitionsItem": ".capability_tool_definitions_item",
    "CapabilityUsageData": ".capability_usage_data",
    "CapabilityUsageKind": ".capability_usage_kind",
    "CapabilityUsageRecord": ".capability_usage_record",
    "ChannelType": ".channel_type",
    "CheckAgentNameResponse": ".check_agent_name_response",
    "CheckNameResponse": ".check_name_response",
    "CircuitBreakerResponse": ".circuit_breaker_response",
    "CircuitBreakersListResponse": ".circuit_breakers_list_response",
    "ClientSideTool": ".client_side_tool",
    "ClientToolResult": ".client_tool_result",
    "CommitRequest": ".commit_request",
    "CommitResult": ".commit_result",
    "CompactionReason": ".compaction_reason",
    "CompactionStepData": ".compaction_step_data",
    "Connection": ".connection",
    "ContentPartImage": ".content_part_image",
    "ContentPartImageFile": ".content_part_image_file",
    "ContentPartImageFileType": ".content_part_image_file_type",
    "ContentPartImageType": ".content_part_image_type",
    "ContentPartText": ".content_part_text",
    "ContentPartTextType": ".content_part_text_type",
    "ContentPartToolCall": ".content_part_tool_call",
    "ContentPartToolCallType": ".content_part_tool_call_type",
    "ContentPartToolResult": ".content_part_tool_result",
    "ContentPartToolResultType": ".content_part_tool_result_type",
    "ContextCompactedData": ".context_compacted_data",
    "ContextCompactingData": ".context_compacting_data",
    "ContextReportContribution": ".context_report_contribution",
    "ContextReportSection": ".context_report_section",
    "Controls": ".controls",
    "ControlsHintsType0": ".controls_hints_type_0",
    "CopyFileRequest": ".copy_file_request",
    "CostTier": ".cost_tier",
    "CreateAgentCredentialBinding": ".create_agent_credential_binding",
    "CreateAgentRequest": ".create_agent_request",
    "CreateAgentTriggerRequest": ".create_agent_trigger_request",
    "CreateAgentVersionRequest": ".create_agent_version_request",
    "CreateAppRequest": ".create_app_request",
    "CreateAppRequestChannelConfigType0": ".create_app_request_channel_config_type_0",
    "CreateBranchRequest": ".create_branch_request",
    "CreateBudgetRequest": ".create_budget_request",
    "CreateDatabaseRequest": ".create_database_request",
    "CreateDeclarativeCapabilityRequest": ".create_declarative_capability_request",
    "CreateDeclarativeCapabilityRequestDefinition": ".create_declarative_capability_request_definition",
    "CreateFileRequest": ".create_file_request",
    "CreateHarnessRequest": ".create_harness_request",
    "CreateHarnessRequestEmbedderMetadata": ".create_harness_request_embedder_metadata",
    "CreateKnowledgeBaseRequest": ".create_knowledge_base_request",
    "CreateKnowledgeEntryRequest": ".create_knowledge_entry_request",
    "CreateKnowledgeIndexRequest": ".create_knowledge_index_request",
    "CreateMcpServerRequest": ".create_mcp_server_request",
    "CreateMcpServerRequestHeadersType0": ".create_mcp_server_request_headers_type_0",
    "CreateMemoryFileRequest": ".create_memory_file_request",
    "CreateMemoryRequest": ".create_memory_request",
    "CreateMemorySourceRequestGit": ".create_memory_source_request_git",
    "CreateMemorySourceRequestGitType": ".create_memory_source_request_git_type",
    "CreateMemorySourceRequestGithub": ".create_memory_source_request_github",
    "CreateMemorySourceRequestGithubType": ".create_memory_source_request_github_type",
    "CreateMessageRequest": ".create_message_request",
    "CreateMessageRequestMetadataType0": ".create_message_request_metadata_type_0",
    "CreateModelRequest": ".create_model_request",
    "CreateOrganizationRequest": ".create_organization_request",
    "CreatePaymentAccountRequest": ".create_payment_account_request",
    "CreatePaymentPolicyRequest": ".create_payment_policy_request",
    "CreatePluginMarketplaceRequest": ".create_plugin_marketplace_request",
    "CreateProviderRequest": ".create_provider_request",
    "CreateProviderRequestCredentialsType0": ".create_provider_request_credentials_type_0",
    "CreatePushConfigBody": ".create_push_config_body",
    "CreateSavedReportRequest": ".create_saved_report_request",
    "CreateScheduleRequest": ".create_schedule_request",
    "CreateSessionRequest": ".create_session_request",
    "CreateSessionRequestHintsType0": ".create_session_request_hints_type_0",
    "CreateSkillRequest": ".create_skill_request",
    "CreateTaskWebhookRequest": ".create_task_webhook_request",
    "CreateWorkspaceRequest": ".create_workspace_request",
    "CredentialFormSchema": ".credential_form_schema",
    "DatabaseSchema": ".database_schema",
    "DatasetCatalog": ".dataset_catalog",
    "DatasetCatalogEntry": ".dataset_catalog_entry",
    "DatasetProjectorLag": ".dataset_projector_lag",
    "DeclarativeCapability": ".declarative_capability",
    "DeclarativeCapabilityDefinition": ".declarative_capability_definition",
    "DeferrablePolicy": ".deferrable_policy",
    "DeleteAccountResponse": ".delete_account_response",
    "DeleteFileResponse": ".delete_file_response",
    "DeleteQuery": ".delete_query",
    "DiffQuery": ".diff_query",
    "DlqEntryResponse": ".dlq_entry_response",
    "DlqEntryResponseInput": ".dlq_entry_response_input",
    "DlqListResponse": ".dlq_list_response",
    "DriverCredentialInfo": ".driver_credential_info",
    "EnqueueTaskOptions": ".enqueue_task_options",
    "EnqueueTaskRequest": ".enqueue_task_request",
    "EnqueueTaskResponse": ".enqueue_task_response",
    "ErrorResponse": ".error_response",
    "Event": ".event",
    "EventContext": ".event_context",
    "EventTypeCountOut": ".event_type_count_out",
    "EventsSummaryResult": ".events_summary_result",
    "ExecutionPhase": ".execution_phase",
    "ExportReportQueryRequest": ".export_report_query_request",
    "ExportSavedReportRequest": ".export_saved_report_request",
    "ExportUserDataResponse": ".export_user_data_response",
    "ExportedOrganization": ".exported_organization",
    "ExportedPersonalAccessToken": ".exported_personal_access_token",
    "ExportedUserProfile": ".exported_user_profile",
    "ExternalActor": ".external_actor",
    "ExternalActorMetadataType0": ".external_actor_metadata_type_0",
    "FailedReportingOutboxRow": ".failed_reporting_outbox_row",
    "FeatureFlagMap": ".feature_flag_map",
    "FieldType": ".field_type",
    "FileInfo": ".file_info",
    "FileWrittenData": ".file_written_data",
    "Finding": ".finding",
    "FindingCategory": ".finding_category",
    "FindingLocation": ".finding_location",
    "FindingSeverity": ".finding_severity",
    "FindingSource": ".finding_source",
    "ForkAgentVersionRequest": ".fork_agent_version_request",
    "ForkSessionRequest": ".fork_session_request",
    "FormField": ".form_field",
    "GetOrCreateChatSessionRequest": ".get_or_create_chat_session_request",
    "GetQuery": ".get_query",
    "GetSessionSandboxResponse": ".get_session_sandbox_response",
    "GetSessionSandboxResponseMetadata": ".get_session_sandbox_response_metadata",
    "GitCommitInfo": ".git_commit_info",
    "GitDiff": ".git_diff",
    "GitDiffEntry": ".git_diff_entry",
    "GitDiffStats": ".git_diff_stats",
    "GitHubMemorySourceRequest": ".git_hub_memory_source_request",
    "GitHubMemorySourceResponse": ".git_hub_memory_source_response",
    "GitMemorySourceRequest": ".git_memory_source_request",
    "GitMemorySourceResponse": ".git_memory_source_response",
    "GitRefInfo": ".git_ref_info",
    "GrepMatch": ".grep_match",
    "GrepRequest": ".grep_request",
    "GrepResult": ".grep_result",
    "GuardrailAction": ".guardrail_action",
    "GuardrailExample": ".guardrail_example",
    "GuardrailExampleConfig": ".guardrail_example_config",
    "GuardrailExamplesResponse": ".guardrail_examples_response",
    "GuardrailStage": ".guardrail_stage",
    "GuardrailsDryRunHit": ".guardrails_dry_run_hit",
    "GuardrailsDryRunRequest": ".guardrails_dry_run_request",
    "GuardrailsDryRunRequestConfig": ".guardrails_dry_run_request_config",
    "GuardrailsDryRunResponse": ".guardrails_dry_run_response",
    "Harness": ".harness",
    "HarnessEmbedderMetadata": ".harness_embedder_metadata",
    "HarnessExample": ".harness_example",
    "HarnessPreviewResponse": ".harness_preview_response",
    "HarnessPreviewResponseToolsItem": ".harness_preview_response_tools_item",
    "HarnessStatus": ".harness_status",
    "HealthCheckCaseResult": ".health_check_case_result",
    "HealthCheckRun": ".health_check_run",
    "HealthCheckStatus": ".health_check_status",
    "HealthCheckSummary": ".health_check_summary",
    "HealthResponse": ".health_response",
    "Image": ".image",
    "ImageContentPart": ".image_content_part",
    "ImageFileContentPart": ".image_file_content_part",
    "ImportOkfBundleRequest": ".import_okf_bundle_request",
    "InitialFile": ".initial_file",
    "InputContentPartImage": ".input_content_part_image",
    "InputContentPartImageFile": ".input_content_part_image_file",
    "InputContentPartImageFileType": ".input_content_part_image_file_type",
    "InputContentPartImageType": ".input_content_part_image_type",
    "InputContentPartText": ".input_content_part_text",
    "InputContentPartTextType": ".input_content_part_text_type",
    "InputMessage": ".input_message",
    "InputMessageData": ".input_message_data",
    "InstallPluginRequest": ".install_plugin_request",
    "InvocationSessionMode": ".invocation_session_mode",
    "KeyValueInfo": ".key_value_info",
    "KnowledgeBaseResponse": ".knowledge_base_response",
    "KnowledgeEntryResponse": ".knowledge_entry_response",
    "KnowledgeIndexDocumentResponse": ".knowledge_index_document_response",
    "KnowledgeIndexResponse": ".knowledge_index_response",
    "LatestHealthCheckRun": ".latest_health_check_run",
    "LeasedResource": ".leased_resource",
    "LeasedResourceMetadata": ".leased_resource_metadata",
    "LeasedResourceStatus": ".leased_resource_status",
    "LedgerEntry": ".ledger_entry",
    "ListAppRunsQuery": ".list_app_runs_query",
    "ListExecutionsQuery": ".list_executions_query",
    "ListKnowledgeBasesQuery": ".list_knowledge_bases_query",
    "ListKnowledgeEntriesQuery": ".list_knowledge_entries_query",
    "ListKnowledgeIndexesQuery": ".list_knowledge_indexes_query",
    "ListMemoriesQuery": ".list_memories_query",
    "ListResponseAgent": ".list_response_agent",
    "ListResponseAgentCredentialBinding": ".list_response_agent_credential_binding",
    "ListResponseApp": ".list_response_app",
    "ListResponseCapability": ".list_response_capability",
    "ListResponseConnection": ".list_response_connection",
    "ListResponseDeclarativeCapability": ".list_response_declarative_capability",
    "ListResponseEvent": ".list_response_event",
    "ListResponseFileInfo": ".list_response_file_info",
    "ListResponseGrepResult": ".list_response_grep_result",
    "ListResponseHarness": ".list_response_harness",
    "ListResponseKeyValueInfo": ".list_response_key_value_info",
    "ListResponseKnowledgeBaseResponse": ".list_response_knowledge_base_response",
    "ListResponseKnowledgeEntryResponse": ".list_response_knowledge_entry_response",
    "ListResponseKnowledgeIndexDocumentResponse": ".list_response_knowledge_index_document_response",
    "ListResponseKnowledgeIndexResponse": ".list_response_knowledge_index_response",
    "ListResponseMcpServer": ".list_response_mcp_server",
    "ListResponseMemory": ".list_response_memory",
    "ListResponseMemoryFileInfo": ".list_response_memory_file_info",
    "ListResponseMemoryGrepResult": ".list_response_memory_grep_result",
    "ListResponseMessage": ".list_response_message",
    "ListResponseModel": ".list_response_model",
    "ListResponseOrganizationResponse": ".list_response_organization_response",
    "ListResponseProvider": ".list_response_provider",
    "ListResponseSavedReport": ".list_response_saved_report",
    "ListResponseSecretInfo": ".list_response_secret_info",
    "ListResponseSessionDatabase": ".list_response_session_database",
    "ListResponseSkill": ".list_response_skill",
    "ListResponseTaskWebhookResponse": ".list_response_task_webhook_response",
    "ListResponseUser": ".list_response_user",
    "ListResponseWorkspace": ".list_response_workspace",
    "ListSchedulesQuery": ".list_schedules_query",
    "ListSkillsUsageResponse200": ".list_skills_usage_response_200",
    "ListUsersQuery": ".list_users_query",
    "ListWorkspacesQuery": ".list_workspaces_query",
    "LlmCompactionInfo": ".llm_compaction_info",
    "LlmGenerationData": ".llm_generation_data",
    "LlmGenerationMetadata": ".llm_generation_metadata",
    "LlmGenerationOutput": ".llm_generation_output",
    "LlmPromptCacheInfo": ".llm_prompt_cache_info",
    "LlmRequestOptions": ".llm_request_options",
    "LlmRequestOptionsMetadata": ".llm_request_options_metadata",
    "LlmRequestOptionsProviderOptions": ".llm_request_options_provider_options",
    "LlmRetryInfo": ".llm_retry_info",
    "LlmToolSearchInfo": ".llm_tool_search_info",
    "LogQuery": ".log_query",
    "ManageSessionSandboxRequest": ".manage_session_sandbox_request",
    "ManageSessionSandboxResponse": ".manage_session_sandbox_response",
    "ManualMemorySourceResponse": ".manual_memory_source_response",
    "McpErrorCategory": ".mcp_error_category",
    "McpErrorCode": ".mcp_error_code",
    "McpExecuteError": ".mcp_execute_error",
    "McpProtocolMode": ".mcp_protocol_mode",
    "McpServer": ".mcp_server",
    "McpServerAuthMode": ".mcp_server_auth_mode",
    "McpServerHeaders": ".mcp_server_headers",
    "McpServerStatus": ".mcp_server_status",
    "McpServerTransportType": ".mcp_server_transport_type",
    "McpToolAnnotations": ".mcp_tool_annotations",
    "Memory": ".memory",
    "MemoryFileInfo": ".memory_file_info",
    "MemoryGrepResult": ".memory_grep_result",
    "MemorySourceResponseGit": ".memory_source_response_git",
    "MemorySourceResponseGitProvider": ".memory_source_response_git_provider",
    "MemorySourceResponseGithub": ".memory_source_response_github",
    "MemorySourceResponseGithubProvider": ".memory_source_response_github_provider",
    "MemorySourceResponseManual": ".memory_source_response_manual",
    "MemorySourceResponseManualProvider": ".memory_source_response_manual_provider",
    "Message": ".message",
    "MessageBody": ".message_body",
    "MessageMetadataType0": ".message_metadata_type_0",
    "MessageRole": ".message_role",
    "MetricsPoint": ".metrics_point",
    "MetricsTimeSeriesResponse": ".metrics_time_series_response",
    "Modality": ".modality",
    "Model": ".model",
    "ModelCost": ".model_cost",
    "ModelLimits": ".model_limits",
    "ModelMetadata": ".model_metadata",
    "ModelModalities": ".model_modalities",
    "ModelProfile": ".model_profile",
    "ModelSource": ".model_source",
    "ModelVendor": ".model_vendor",
    "MoveFileRequest": ".move_file_request",
    "NetworkAccessList": ".network_access_list",
    "OkfFileInput": ".okf_file_input",
    "OkfImportSummary": ".okf_import_summary",
    "OrgFeatureFlagSetting": ".org_feature_flag_setting",
    "OrgFeatureFlagsSettingsResponse": ".org_feature_flags_settings_response",
    "OrganizationResponse": ".organization_response",
    "OrganizationResponseDefaultProviderPerService": ".organization_response_default_provider_per_service",
    "OtherEventData": ".other_event_data",
    "OutputMessageCompletedData": ".output_message_completed_data",
    "OutputMessageCompletedDataErrorFieldsType0": ".output_message_completed_data_error_fields_type_0",
    "OutputMessageDeltaData": ".output_message_delta_data",
    "OutputMessageReplacedData": ".output_message_replaced_data",
    "OutputMessageStartedData": ".output_message_started_data",
    "PaginatedResponseAgent": ".paginated_response_agent",
    "PaginatedResponseCapability": ".paginated_response_capability",
    "PaginatedResponseSession": ".paginated_response_session",
    "PaymentAccount": ".payment_account",
    "PaymentAttempt": ".payment_attempt",
    "PaymentOwnerType": ".payment_owner_type",
    "PaymentPolicy": ".payment_policy",
    "PaymentRail": ".payment_rail",
    "PaymentStatus": ".payment_status",
    "PostTaskMessageBody": ".post_task_message_body",
    "PreviewAgentRequest": ".preview_agent_request",
    "PreviewAgentRequestToolsItem": ".preview_agent_request_tools_item",
    "PreviewHarnessRequest": ".preview_harness_request",
    "PrincipalKind": ".principal_kind",
    "PrincipalSummary": ".principal_summary",
    "ProfileResponse": ".profile_response",
    "ProjectorRunQuery": ".projector_run_query",
    "ProjectorRunResult": ".projector_run_result",
    "PromptCacheStrategy": ".prompt_cache_strategy",
    "Provider": ".provider",
    "ProviderRequestHeader": ".provider_request_header",
    "ProviderRequestOptions": ".provider_request_options",
    "ProviderStatus": ".provider_status",
    "ProviderTraceConfig": ".provider_trace_config",
    "ProvidersConfigResponse": ".providers_config_response",
    "ProvidersConfigResponsePolicies": ".providers_config_response_policies",
    "ReasonCompletedData": ".reason_completed_data",
    "ReasonItemData": ".reason_item_data",
    "ReasonRecoveredData": ".reason_recovered_data",
    "ReasonStartedData": ".reason_started_data",
    "ReasonThinkingCompletedData": ".reason_thinking_completed_data",
    "ReasonThinkingDeltaData": ".reason_thinking_delta_data",
    "ReasonThinkingStartedData": ".reason_thinking_started_data",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningEffort": ".reasoning_effort",
    "ReasoningEffortConfig": ".reasoning_effort_config",
    "ReasoningEffortValue": ".reasoning_effort_value",
    "RecoveryMode": ".recovery_mode",
    "RegenerateA2AApiKeyOutput": ".regenerate_a2a_api_key_output",
    "RegenerateApiEndpointApiKeyOutput": ".regenerate_api_endpoint_api_key_output",
    "ReportColumn": ".report_column",
    "ReportColumnKind": ".report_column_kind",
    "ReportExport": ".report_export",
    "ReportExportFormat": ".report_export_format",
    "ReportFilter": ".report_filter",
    "ReportFilterOp": ".report_filter_op",
    "ReportOrderBy": ".report_order_by",
    "ReportOrderDirection": ".report_order_direction",
    "ReportQuery": ".report_query",
    "ReportResult": ".report_result",
    "ReportTimeRange": ".report_time_range",
    "ReportingBackfillRequest": ".reporting_backfill_request",
    "ReportingBackfillResult": ".reporting_backfill_result",
    "ReportingDiagnostics": ".reporting_diagnostics",
    "ReportingOutboxDiagnostics": ".reporting_outbox_diagnostics",
    "ResolveOrgResponse": ".resolve_org_response",
    "ResolvedModel": ".resolved_model",
    "ResourceConfigResponse": ".resource_config_response",
    "ResourceConfigResponsePolicies": ".resource_config_response_policies",
    "ResourceStats": ".resource_stats",
    "ResumeSessionResponse": ".resume_session_response",
    "RiskLevel": ".risk_level",
    "RollbackAgentVersionRequest": ".rollback_agent_version_request",
    "SavedReport": ".saved_report",
    "SavedReportDashboardMetadata": ".saved_report_dashboard_metadata",
    "ScheduleExecutionResponse": ".schedule_execution_response",
    "ScheduleExecutionsListResponse": ".schedule_executions_list_response",
    "ScheduleResponse": ".schedule_response",
    "ScheduleStatsResponse": ".schedule_stats_response",
    "ScheduleTarget": ".schedule_target",
    "ScheduleTargetResponse": ".schedule_target_response",
    "ScheduleTargetResponseInput": ".schedule_target_response_input",
    "ScheduleTriggerConfig": ".schedule_trigger_config",
    "SchedulesListResponse": ".schedules_list_response",
    "SecretInfo": ".secret_info",
    "SendSignalRequest": ".send_signal_request",
    "Session": ".session",
    "SessionActivatedData": ".session_activated_data",
    "SessionActivity": ".session_activity",
    "SessionBlueprintConfigType0": ".session_blueprint_config_type_0",
    "SessionContextReport": ".session_context_report",
    "SessionDatabase": ".session_database",
    "SessionFacetCount": ".session_facet_count",
    "SessionFacets": ".session_facets",
    "SessionHintsType0": ".session_hints_type_0",
    "SessionIdledData": ".session_idled_data",
    "SessionParticipant": ".session_participant",
    "SessionParticipantKind": ".session_participant_kind",
    "SessionParticipantRole": ".session_participant_role",
    "SessionRef": ".session_ref",
    "SessionResourceEntry": ".session_resource_entry",
    "SessionResourceStatus": ".session_resource_status",
    "SessionSandboxAction": ".session_sandbox_action",
    "SessionSandboxStatusValue": ".session_sandbox_status_value",
    "SessionSource": ".session_source",
    "SessionStartedData": ".session_started_data",
    "SessionStatsResponse": ".session_stats_response",
    "SessionStatus": ".session_status",
    "SessionTask": ".session_task",
    "SessionTaskDetail": ".session_task_detail",
    "SessionTaskEventData": ".session_task_event_data",
    "SessionTaskSpec": ".session_task_spec",
    "SessionTaskState": ".session_task_state",
    "SessionTitleUpdatedData": ".session_title_updated_data",
    "SetAgentCredentialValueRequest": ".set_agent_credential_value_request",
    "SetDefaultAgentVersionRequest": ".set_default_agent_version_request",
    "SideEffectClass": ".side_effect_class",
    "Skill": ".skill",
    "SkillContent": ".skill_content",
    "SkillFileEntry": ".skill_file_entry",
    "SkillMetadata": ".skill_metadata",
    "SkillSourceType": ".skill_source_type",
    "SkillStatus": ".skill_status",
    "SkillUsage": ".skill_usage",
    "SkillValidationResult": ".skill_validation_result",
    "Speed": ".speed",
    "SpeedConfig": ".speed_config",
    "SpeedValue": ".speed_value",
    "StatRequest": ".stat_request",
    "SubmitToolResultsRequest": ".submit_tool_results_request",
    "SubmitToolResultsResponse": ".submit_tool_results_response",
    "SuccessResponse": ".success_response",
    "SwitchOrgRequest": ".switch_org_request",
    "SwitchOrgResponse": ".switch_org_response",
    "SyncModelsResponseNotSupported": ".sync_models_response_not_supported",
    "SyncModelsResponseNotSupportedStatus": ".sync_models_response_not_supported_status",
    "SyncModelsResponseSuccess": ".sync_models_response_success",
    "SyncModelsResponseSuccessStatus": ".sync_models_response_success_status",
    "TaskArtifact": ".task_artifact",
    "TaskError": ".task_error",
    "TaskInputRequest": ".task_input_request",
    "TaskInputRequestExpected": ".task_input_request_expected",
    "TaskLinks": ".task_links",
    "TaskMessage": ".task_message",
    "TaskMessageDirection": ".task_message_direction",
    "TaskMessageEventData": ".task_message_event_data",
    "TaskMessagePartData": ".task_message_part_data",
    "TaskMessagePartDataData": ".task_message_part_data_data",
    "TaskMessagePartDataType": ".task_message_part_data_type",
    "TaskMessagePartText": ".task_message_part_text",
    "TaskMessagePartTextType": ".task_message_part_text_type",
    "TaskPushConfig": ".task_push_config",
    "TaskResponse": ".task_response",
    "TaskWakePolicy": ".task_wake_policy",
    "TaskWebhookResponse": ".task_webhook_response",
    "TasksListResponse": ".tasks_list_response",
    "TextAnnotation": ".text_annotation",
    "TextContentPart": ".text_content_part",
    "TokenUsage": ".token_usage",
    "ToolCall": ".tool_call",
    "ToolCallArguments": ".tool_call_arguments",
    "ToolCallContentPart": ".tool_call_content_part",
    "ToolCallRepairedData": ".tool_call_repaired_data",
    "ToolCallRequestedData": ".tool_call_requested_data",
    "ToolCallSummary": ".tool_call_summary",
    "ToolCompletedData": ".tool_completed_data",
    "ToolDefinitionBuiltin": ".tool_definition_builtin",
    "ToolDefinitionBuiltinType": ".tool_definition_builtin_type",
    "ToolDefinitionClientSide": ".tool_definition_client_side",
    "ToolDefinitionClientSideType": ".tool_definition_client_side_type",
    "ToolDefinitionSummary": ".tool_definition_summary",
    "ToolHints": ".tool_hints",
    "ToolOutputDeltaData": ".tool_output_delta_data",
    "ToolPolicy": ".tool_policy",
    "ToolProgressData": ".tool_progress_data",
    "ToolResultContentPart": ".tool_result_content_part",
    "ToolStartedData": ".tool_started_data",
    "TopUpRequest": ".top_up_request",
    "TranscriptRepairAction": ".transcript_repair_action",
    "TranscriptRepairedData": ".transcript_repaired_data",
    "TriggerResponse": ".trigger_response",
    "TriggeredSession": ".triggered_session",
    "TurnCancelledData": ".turn_cancelled_data",
    "TurnCompletedData": ".turn_completed_data",
    "TurnFailedData": ".turn_failed_data",
    "TurnFailedDataErrorFieldsType0": ".turn_failed_data_error_fields_type_0",
    "TurnSealedData": ".turn_sealed_data",
    "TurnStartedData": ".turn_started_data",
    "UpdateAgentRequest": ".update_agent_request",
    "UpdateAgentTriggerRequest": ".update_agent_trigger_request",
    "UpdateAppRequest": ".update_app_request",
    "UpdateBudgetRequest": ".update_budget_request",
    "UpdateDeclarativeCapabilityRequest": ".update_declarative_capability_request",
    "UpdateDeclarativeCapabilityRequestDefinition": ".update_declarative_capability_request_definition",
    "UpdateFileRequest": ".update_file_request",
    "UpdateHarnessRequest": ".update_harness_request",
    "UpdateHarnessRequestEmbedderMetadataType0": ".update_harness_request_embedder_metadata_type_0",
    "UpdateInstalledPluginRequest": ".update_installed_plugin_request",
    "UpdateKnowledgeBaseRequest": ".update_knowledge_base_request",
    "UpdateKnowledgeEntryRequest": ".update_knowledge_entry_request",
    "UpdateKnowledgeIndexRequest": ".update_knowledge_index_request",
    "UpdateMcpServerRequest": ".update_mcp_server_request",
    "UpdateMcpServerRequestHeadersType0": ".update_mcp_server_request_headers_type_0",
    "UpdateMemoryFileRequest": ".update_memory_file_request",
    "UpdateMemoryRequest": ".update_memory_request",
    "UpdateModelRequest": ".update_model_request",
    "UpdateOrgFeatureFlagsRequest": ".update_org_feature_flags_request",
    "UpdateOrgFeatureFlagsRequestFlags": ".update_org_feature_flags_request_flags",
    "UpdateOrganizationRequest": ".update_organization_request",
    "UpdateOrganizationRequestDefaultProviderPerServiceType0": ".update_organization_request_default_provider_per_service_type_0",
    "UpdatePaymentAccountRequest": ".update_payment_account_request",
    "UpdatePaymentPolicyRequest": ".update_payment_policy_request",
    "UpdatePluginMarketplaceRequest": ".update_plugin_marketplace_request",
    "UpdateProfileRequest": ".update_profile_request",
    "UpdateProviderRequest": ".update_provider_request",
    "UpdateProviderRequestCredentialsType0": ".update_provider_request_credentials_type_0",
    "UpdateSavedReportRequest": ".update_saved_report_request",
    "UpdateScheduleRequest": ".update_schedule_request",
    "UpdateSessionRequest": ".update_session_request",
    "UpdateSkillRequest": ".update_skill_request",
    "UpdateTaskWebhookRequest": ".update_task_webhook_request",
    "UpdateWorkspaceRequest": ".update_workspace_request",
    "UploadImageBody": ".upload_image_body",
    "User": ".user",
    "ValidateSkillRequest": ".validate_skill_request",
    "Verbosity": ".verbosity",
    "VerbosityConfig": ".verbosity_config",
    "VerbosityValue": ".verbosity_value",
    "VerificationStatus": ".verification_status",
    "VerificationVerdict": ".verification_verdict",
    "VoiceAttachRequest": ".voice_attach_request",
    "VoiceAttachResponse": ".voice_attach_response",
    "VoiceCallRequest": ".voice_call_request",
    "VoiceCallResponse": ".voice_call_response",
    "VoiceClientSecretResponse": ".voice_client_secret_response",
    "VoiceEndRequest": ".voice_end_request",
    "VoiceEndResponse": ".voice_end_response",
    "VoiceSessionEndedData": ".voice_session_ended_data",
    "VoiceSessionFailedData": ".voice_session_failed_data",
    "VoiceSessionOptions": ".voice_session_options",
    "VoiceSessionResponseVoiceCallResponse": ".voice_session_response_voice_call_response",
    "VoiceSessionStartedData": ".voice_session_started_data",
    "VoiceTranscriptData": ".voice_transcript_data",
    "WebhookInvocationResponse": ".webhook_invocation_response",
    "WorkerResponse": ".worker_response",
    "WorkerResponseMetadata": ".worker_response_metadata",
    "WorkersListResponse": ".workers_list_response",
    "WorkersSummaryResponse": ".workers_summary_response",
    "WorkflowEventResponse": ".workflow_event_response",
    "WorkflowEventsListResponse": ".workflow_events_list_response",
    "WorkflowResponse": ".workflow_response",
    "WorkflowResponseError": ".workflow_response_error",
    "WorkflowResponseInput": ".workflow_response_input",
    "WorkflowResponseResult": ".workflow_response_result",
    "WorkflowsListResponse": ".workflows_list_response",
    "Workspace": ".workspace",
}

__all__ = (
    "ActCompletedData",
    "ActStartedData",
    "AddA2AChannelHttpRequest",
    "AddA2AChannelOutput",
    "AddApiEndpointChannelHttpRequest",
    "AddApiEndpointChannelOutput",
    "AddSessionParticipantRequest",
    "Agent",
    "AgentAnalysis",
    "AgentCapabilityConfig",
    "AgentCredentialBinding",
    "AgentHarnessSource",
    "AgentHarnessStatus",
    "AgentHarnessSummary",
    "AgentMessage",
    "AgentPreviewResponse",
    "AgentPreviewResponseToolsItem",
    "AgentStatus",
    "AgentTrigger",
    "AgentTriggerRun",
    "AgentTriggerType",
    "AgentVersion",
    "AgentVersionAuthoredConfig",
    "AgentVersionChangeKind",
    "AgentVersionDiff",
    "AgentVersionPolicy",
    "AgentVersionResolvedConfig",
    "AllowedAction",
    "AnnotationSource",
    "ApiKeyConnectionRequest",
    "App",
    "AppChannel",
    "AppEndpointAuthConfig",
    "AppEndpointAuthMode",
    "AppEndpointAuthProviderConfigGoogleOidc",
    "AppEndpointAuthProviderConfigGoogleOidcType",
    "AppEndpointAuthProviderConfigHttpBasic",
    "AppEndpointAuthProviderConfigHttpBasicType",
    "AppEndpointAuthProviderConfigMtls",
    "AppEndpointAuthProviderConfigMtlsType",
    "AppEndpointAuthProviderConfigOAuth2Introspection",
    "AppEndpointAuthProviderConfigOAuth2IntrospectionType",
    "AppEndpointAuthProviderConfigOidc",
    "AppEndpointAuthProviderConfigOidcType",
    "AppEndpointAuthRequirements",
    "AppEndpointAuthRequirementsClaims",
    "AppRunBucket",
    "AppRunEvent",
    "AppRunListResponse",
    "AppStatus",
    "BTreeMap",
    "BTreeMapAdditionalProperty",
    "BTreeMapAdditionalPropertyEnv",
    "BTreeMapAdditionalPropertyHeaders",
    "BackgroundProgress",
    "BatchSetSecretsRequest",
    "BatchSetSecretsRequestSecrets",
    "BatchSetSecretsResponse",
    "Budget",
    "BudgetCheckResult",
    "BudgetCheckResultErrorFieldsType0",
    "BudgetEventData",
    "BudgetPeriodCalendar",
    "BudgetPeriodCalendarType",
    "BudgetPeriodDuration",
    "BudgetPeriodDurationType",
    "BudgetPeriodRolling",
    "BudgetPeriodRollingType",
    "BudgetStatus",
    "BudgetSubjectType",
    "BuiltinTool",
    "CancelStatus",
    "CancelTurnResponse",
    "Capability",
    "CapabilityConfigSchema",
    "CapabilityConfigUiSchema",
    "CapabilityLocalizationInfo",
    "CapabilityLocalizationInfoConfigOverlay",
    "CapabilityLocalizations",
    "CapabilityToolDefinitionsItem",
    "CapabilityUsageData",
    "CapabilityUsageKind",
    "CapabilityUsageRecord",
    "ChannelType",
    "CheckAgentNameResponse",
    "CheckNameResponse",
    "CircuitBreakerResponse",
    "CircuitBreakersListResponse",
    "ClientSideTool",
    "ClientToolResult",
    "CommitRequest",
    "CommitResult",
    "CompactionReason",
    "CompactionStepData",
    "Connection",
    "ContentPartImage",
    "ContentPartImageFile",
    "ContentPartImageFileType",
    "ContentPartImageType",
    "ContentPartText",
    "ContentPartTextType",
    "ContentPartToolCall",
    "ContentPartToolCallType",
    "ContentPartToolResult",
    "ContentPartToolResultType",
    "ContextCompactedData",
    "ContextCompactingData",
    "ContextReportContribution",
    "ContextReportSection",
    "Controls",
    "ControlsHintsType0",
    "CopyFileRequest",
    "CostTier",
    "CreateAgentCredentialBinding",
    "CreateAgentRequest",
    "CreateAgentTriggerRequest",
    "CreateAgentVersionRequest",
    "CreateAppRequest",
    "CreateAppRequestChannelConfigType0",
    "CreateBranchRequest",
    "CreateBudgetRequest",
    "CreateDatabaseRequest",
    "CreateDeclarativeCapabilityRequest",
    "CreateDeclarativeCapabilityRequestDefinition",
    "CreateFileRequest",
    "CreateHarnessRequest",
    "CreateHarnessRequestEmbedderMetadata",
    "CreateKnowledgeBaseRequest",
    "CreateKnowledgeEntryRequest",
    "CreateKnowledgeIndexRequest",
    "CreateMcpServerRequest",
    "CreateMcpServerRequestHeadersType0",
    "CreateMemoryFileRequest",
    "CreateMemoryRequest",
    "CreateMemorySourceRequestGit",
    "CreateMemorySourceRequestGitType",
    "CreateMemorySourceRequestGithub",
    "CreateMemorySourceRequestGithubType",
    "CreateMessageRequest",
    "CreateMessageRequestMetadataType0",
    "CreateModelRequest",
    "CreateOrganizationRequest",
    "CreatePaymentAccountRequest",
    "CreatePaymentPolicyRequest",
    "CreatePluginMarketplaceRequest",
    "CreateProviderRequest",
    "CreateProviderRequestCredentialsType0",
    "CreatePushConfigBody",
    "CreateSavedReportRequest",
    "CreateScheduleRequest",
    "CreateSessionRequest",
    "CreateSessionRequestHintsType0",
    "CreateSkillRequest",
    "CreateTaskWebhookRequest",
    "CreateWorkspaceRequest",
    "CredentialFormSchema",
    "DatabaseSchema",
    "DatasetCatalog",
    "DatasetCatalogEntry",
    "DatasetProjectorLag",
    "DeclarativeCapability",
    "DeclarativeCapabilityDefinition",
    "DeferrablePolicy",
    "DeleteAccountResponse",
    "DeleteFileResponse",
    "DeleteQuery",
    "DiffQuery",
    "DlqEntryResponse",
    "DlqEntryResponseInput",
    "DlqListResponse",
    "DriverCredentialInfo",
    "EnqueueTaskOptions",
    "EnqueueTaskRequest",
    "EnqueueTaskResponse",
    "ErrorResponse",
    "Event",
    "EventContext",
    "EventTypeCountOut",
    "EventsSummaryResult",
    "ExecutionPhase",
    "ExportReportQueryRequest",
    "ExportSavedReportRequest",
    "ExportUserDataResponse",
    "ExportedOrganization",
    "ExportedPersonalAccessToken",
    "ExportedUserProfile",
    "ExternalActor",
    "ExternalActorMetadataType0",
    "FailedReportingOutboxRow",
    "FeatureFlagMap",
    "FieldType",
    "FileInfo",
    "FileWrittenData",
    "Finding",
    "FindingCategory",
    "FindingLocation",
    "FindingSeverity",
    "FindingSource",
    "ForkAgentVersionRequest",
    "ForkSessionRequest",
    "FormField",
    "GetOrCreateChatSessionRequest",
    "GetQuery",
    "GetSessionSandboxResponse",
    "GetSessionSandboxResponseMetadata",
    "GitCommitInfo",
    "GitDiff",
    "GitDiffEntry",
    "GitDiffStats",
    "GitHubMemorySourceRequest",
    "GitHubMemorySourceResponse",
    "GitMemorySourceRequest",
    "GitMemorySourceResponse",
    "GitRefInfo",
    "GrepMatch",
    "GrepRequest",
    "GrepResult",
    "GuardrailAction",
    "GuardrailExample",
    "GuardrailExampleConfig",
    "GuardrailExamplesResponse",
    "GuardrailStage",
    "GuardrailsDryRunHit",
    "GuardrailsDryRunRequest",
    "GuardrailsDryRunRequestConfig",
    "GuardrailsDryRunResponse",
    "Harness",
    "HarnessEmbedderMetadata",
    "HarnessExample",
    "HarnessPreviewResponse",
    "HarnessPreviewResponseToolsItem",
    "HarnessStatus",
    "HealthCheckCaseResult",
    "HealthCheckRun",
    "HealthCheckStatus",
    "HealthCheckSummary",
    "HealthResponse",
    "Image",
    "ImageContentPart",
    "ImageFileContentPart",
    "ImportOkfBundleRequest",
    "InitialFile",
    "InputContentPartImage",
    "InputContentPartImageFile",
    "InputContentPartImageFileType",
    "InputContentPartImageType",
    "InputContentPartText",
    "InputContentPartTextType",
    "InputMessage",
    "InputMessageData",
    "InstallPluginRequest",
    "InvocationSessionMode",
    "KeyValueInfo",
    "KnowledgeBaseResponse",
    "KnowledgeEntryResponse",
    "KnowledgeIndexDocumentResponse",
    "KnowledgeIndexResponse",
    "LatestHealthCheckRun",
    "LeasedResource",
    "LeasedResourceMetadata",
    "LeasedResourceStatus",
    "LedgerEntry",
    "ListAppRunsQuery",
    "ListExecutionsQuery",
    "ListKnowledgeBasesQuery",
    "ListKnowledgeEntriesQuery",
    "ListKnowledgeIndexesQuery",
    "ListMemoriesQuery",
    "ListResponseAgent",
    "ListResponseAgentCredentialBinding",
    "ListResponseApp",
    "ListResponseCapability",
    "ListResponseConnection",
    "ListResponseDeclarativeCapability",
    "ListResponseEvent",
    "ListResponseFileInfo",
    "ListResponseGrepResult",
    "ListResponseHarness",
    "ListResponseKeyValueInfo",
    "ListResponseKnowledgeBaseResponse",
    "ListResponseKnowledgeEntryResponse",
    "ListResponseKnowledgeIndexDocumentResponse",
    "ListResponseKnowledgeIndexResponse",
    "ListResponseMcpServer",
    "ListResponseMemory",
    "ListResponseMemoryFileInfo",
    "ListResponseMemoryGrepResult",
    "ListResponseMessage",
    "ListResponseModel",
    "ListResponseOrganizationResponse",
    "ListResponseProvider",
    "ListResponseSavedReport",
    "ListResponseSecretInfo",
    "ListResponseSessionDatabase",
    "ListResponseSkill",
    "ListResponseTaskWebhookResponse",
    "ListResponseUser",
    "ListResponseWorkspace",
    "ListSchedulesQuery",
    "ListSkillsUsageResponse200",
    "ListUsersQuery",
    "ListWorkspacesQuery",
    "LlmCompactionInfo",
    "LlmGenerationData",
    "LlmGenerationMetadata",
    "LlmGenerationOutput",
    "LlmPromptCacheInfo",
    "LlmRequestOptions",
    "LlmRequestOptionsMetadata",
    "LlmRequestOptionsProviderOptions",
    "LlmRetryInfo",
    "LlmToolSearchInfo",
    "LogQuery",
    "ManageSessionSandboxRequest",
    "ManageSessionSandboxResponse",
    "ManualMemorySourceResponse",
    "McpErrorCategory",
    "McpErrorCode",
    "McpExecuteError",
    "McpProtocolMode",
    "McpServer",
    "McpServerAuthMode",
    "McpServerHeaders",
    "McpServerStatus",
    "McpServerTransportType",
    "McpToolAnnotations",
    "Memory",
    "MemoryFileInfo",
    "MemoryGrepResult",
    "MemorySourceResponseGit",
    "MemorySourceResponseGitProvider",
    "MemorySourceResponseGithub",
    "MemorySourceResponseGithubProvider",
    "MemorySourceResponseManual",
    "MemorySourceResponseManualProvider",
    "Message",
    "MessageBody",
    "MessageMetadataType0",
    "MessageRole",
    "MetricsPoint",
    "MetricsTimeSeriesResponse",
    "Modality",
    "Model",
    "ModelCost",
    "ModelLimits",
    "ModelMetadata",
    "ModelModalities",
    "ModelProfile",
    "ModelSource",
    "ModelVendor",
    "MoveFileRequest",
    "NetworkAccessList",
    "OkfFileInput",
    "OkfImportSummary",
    "OrgFeatureFlagSetting",
    "OrgFeatureFlagsSettingsResponse",
    "OrganizationResponse",
    "OrganizationResponseDefaultProviderPerService",
    "OtherEventData",
    "OutputMessageCompletedData",
    "OutputMessageCompletedDataErrorFieldsType0",
    "OutputMessageDeltaData",
    "OutputMessageReplacedData",
    "OutputMessageStartedData",
    "PaginatedResponseAgent",
    "PaginatedResponseCapability",
    "PaginatedResponseSession",
    "PaymentAccount",
    "PaymentAttempt",
    "PaymentOwnerType",
    "PaymentPolicy",
    "PaymentRail",
    "PaymentStatus",
    "PostTaskMessageBody",
    "PreviewAgentRequest",
    "PreviewAgentRequestToolsItem",
    "PreviewHarnessRequest",
    "PrincipalKind",
    "PrincipalSummary",
    "ProfileResponse",
    "ProjectorRunQuery",
    "ProjectorRunResult",
    "PromptCacheStrategy",
    "Provider",
    "ProviderRequestHeader",
    "ProviderRequestOptions",
    "ProviderStatus",
    "ProviderTraceConfig",
    "ProvidersConfigResponse",
    "ProvidersConfigResponsePolicies",
    "ReasonCompletedData",
    "ReasonItemData",
    "ReasonRecoveredData",
    "ReasonStartedData",
    "ReasonThinkingCompletedData",
    "ReasonThinkingDeltaData",
    "ReasonThinkingStartedData",
    "ReasoningConfig",
    "ReasoningEffort",
    "ReasoningEffortConfig",
    "ReasoningEffortValue",
    "RecoveryMode",
    "RegenerateA2AApiKeyOutput",
    "RegenerateApiEndpointApiKeyOutput",
    "ReportColumn",
    "ReportColumnKind",
    "ReportExport",
    "ReportExportFormat",
    "ReportFilter",
    "ReportFilterOp",
    "ReportOrderBy",
    "ReportOrderDirection",
    "ReportQuery",
    "ReportResult",
    "ReportTimeRange",
    "ReportingBackfillRequest",
    "ReportingBackfillResult",
    "ReportingDiagnostics",
    "ReportingOutboxDiagnostics",
    "ResolveOrgResponse",
    "ResolvedModel",
    "ResourceConfigResponse",
    "ResourceConfigResponsePolicies",
    "ResourceStats",
    "ResumeSessionResponse",
    "RiskLevel",
    "RollbackAgentVersionRequest",
    "SavedReport",
    "SavedReportDashboardMetadata",
    "ScheduleExecutionResponse",
    "ScheduleExecutionsListResponse",
    "ScheduleResponse",
    "ScheduleStatsResponse",
    "ScheduleTarget",
    "ScheduleTargetResponse",
    "ScheduleTargetResponseInput",
    "ScheduleTriggerConfig",
    "SchedulesListResponse",
    "SecretInfo",
    "SendSignalRequest",
    "Session",
    "SessionActivatedData",
    "SessionActivity",
    "SessionBlueprintConfigType0",
    "SessionContextReport",
    "SessionDatabase",
    "SessionFacetCount",
    "SessionFacets",
    "SessionHintsType0",
    "SessionIdledData",
    "SessionParticipant",
    "SessionParticipantKind",
    "SessionParticipantRole",
    "SessionRef",
    "SessionResourceEntry",
    "SessionResourceStatus",
    "SessionSandboxAction",
    "SessionSandboxStatusValue",
    "SessionSource",
    "SessionStartedData",
    "SessionStatsResponse",
    "SessionStatus",
    "SessionTask",
    "SessionTaskDetail",
    "SessionTaskEventData",
    "SessionTaskSpec",
    "SessionTaskState",
    "SessionTitleUpdatedData",
    "SetAgentCredentialValueRequest",
    "SetDefaultAgentVersionRequest",
    "SideEffectClass",
    "Skill",
    "SkillContent",
    "SkillFileEntry",
    "SkillMetadata",
    "SkillSourceType",
    "SkillStatus",
    "SkillUsage",
    "SkillValidationResult",
    "Speed",
    "SpeedConfig",
    "SpeedValue",
    "StatRequest",
    "SubmitToolResultsRequest",
    "SubmitToolResultsResponse",
    "SuccessResponse",
    "SwitchOrgRequest",
    "SwitchOrgResponse",
    "SyncModelsResponseNotSupported",
    "SyncModelsResponseNotSupportedStatus",
    "SyncModelsResponseSuccess",
    "SyncModelsResponseSuccessStatus",
    "TaskArtifact",
    "TaskError",
    "TaskInputRequest",
    "TaskInputRequestExpected",
    "TaskLinks",
    "TaskMessage",
    "TaskMessageDirection",
    "TaskMessageEventData",
    "TaskMessagePartData",
    "TaskMessagePartDataData",
    "TaskMessagePartDataType",
    "TaskMessagePartText",
    "TaskMessagePartTextType",
    "TaskPushConfig",
    "TaskResponse",
    "TaskWakePolicy",
    "TaskWebhookResponse",
    "TasksListResponse",
    "TextAnnotation",
    "TextContentPart",
    "TokenUsage",
    "ToolCall",
    "ToolCallArguments",
    "ToolCallContentPart",
    "ToolCallRepairedData",
    "ToolCallRequestedData",
    "ToolCallSummary",
    "ToolCompletedData",
    "ToolDefinitionBuiltin",
    "ToolDefinitionBuiltinType",
    "ToolDefinitionClientSide",
    "ToolDefinitionClientSideType",
    "ToolDefinitionSummary",
    "ToolHints",
    "ToolOutputDeltaData",
    "ToolPolicy",
    "ToolProgressData",
    "ToolResultContentPart",
    "ToolStartedData",
    "TopUpRequest",
    "TranscriptRepairAction",
    "TranscriptRepairedData",
    "TriggerResponse",
    "TriggeredSession",
    "TurnCancelledData",
    "TurnCompletedData",
    "TurnFailedData",
    "TurnFailedDataErrorFieldsType0",
    "TurnSealedData",
    "TurnStartedData",
    "UpdateAgentRequest",
    "UpdateAgentTriggerRequest",
    "UpdateAppRequest",
    "UpdateBudgetRequest",
    "UpdateDeclarativeCapabilityRequest",
    "UpdateDeclarativeCapabilityRequestDefinition",
    "UpdateFileRequest",
    "UpdateHarnessRequest",
    "UpdateHarnessRequestEmbedderMetadataType0",
    "UpdateInstalledPluginRequest",
    "UpdateKnowledgeBaseRequest",
    "UpdateKnowledgeEntryRequest",
    "UpdateKnowledgeIndexRequest",
    "UpdateMcpServerRequest",
    "UpdateMcpServerRequestHeadersType0",
    "UpdateMemoryFileRequest",
    "UpdateMemoryRequest",
    "UpdateModelRequest",
    "UpdateOrgFeatureFlagsRequest",
    "UpdateOrgFeatureFlagsRequestFlags",
    "UpdateOrganizationRequest",
    "UpdateOrganizationRequestDefaultProviderPerServiceType0",
    "UpdatePaymentAccountRequest",
    "UpdatePaymentPolicyRequest",
    "UpdatePluginMarketplaceRequest",
    "UpdateProfileRequest",
    "UpdateProviderRequest",
    "UpdateProviderRequestCredentialsType0",
    "UpdateSavedReportRequest",
    "UpdateScheduleRequest",
    "UpdateSessionRequest",
    "UpdateSkillRequest",
    "UpdateTaskWebhookRequest",
    "UpdateWorkspaceRequest",
    "UploadImageBody",
    "User",
    "ValidateSkillRequest",
    "Verbosity",
    "VerbosityConfig",
    "VerbosityValue",
    "VerificationStatus",
    "VerificationVerdict",
    "VoiceAttachRequest",
    "VoiceAttachResponse",
    "VoiceCallRequest",
    "VoiceCallResponse",
    "VoiceClientSecretResponse",
    "VoiceEndRequest",
    "VoiceEndResponse",
    "VoiceSessionEndedData",
    "VoiceSessionFailedData",
    "VoiceSessionOptions",
    "VoiceSessionResponseVoiceCallResponse",
    "VoiceSessionStartedData",
    "VoiceTranscriptData",
    "WebhookInvocationResponse",
    "WorkerResponse",
    "WorkerResponseMetadata",
    "WorkersListResponse",
    "WorkersSummaryResponse",
    "WorkflowEventResponse",
    "WorkflowEventsListResponse",
    "WorkflowResponse",
    "WorkflowResponseError",
    "WorkflowResponseInput",
    "WorkflowResponseResult",
    "WorkflowsListResponse",
    "Workspace",
)


def __getattr__(name: str) -> Any:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
