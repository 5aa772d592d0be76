from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetPolicyRequest(_message.Message):
    __slots__ = ("tenant", "service")
    TENANT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    tenant: str
    service: str
    def __init__(self, tenant: _Optional[str] = ..., service: _Optional[str] = ...) -> None: ...

class WatchPolicyRequest(_message.Message):
    __slots__ = ("tenant", "service", "known_version")
    TENANT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    KNOWN_VERSION_FIELD_NUMBER: _ClassVar[int]
    tenant: str
    service: str
    known_version: int
    def __init__(self, tenant: _Optional[str] = ..., service: _Optional[str] = ..., known_version: _Optional[int] = ...) -> None: ...

class Policy(_message.Message):
    __slots__ = ("version", "service", "default_rate", "patterns", "guarantees", "drop_rules", "exemptions")
    class PatternsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: PatternRule
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[PatternRule, _Mapping]] = ...) -> None: ...
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_RATE_FIELD_NUMBER: _ClassVar[int]
    PATTERNS_FIELD_NUMBER: _ClassVar[int]
    GUARANTEES_FIELD_NUMBER: _ClassVar[int]
    DROP_RULES_FIELD_NUMBER: _ClassVar[int]
    EXEMPTIONS_FIELD_NUMBER: _ClassVar[int]
    version: int
    service: str
    default_rate: float
    patterns: _containers.MessageMap[str, PatternRule]
    guarantees: Guarantees
    drop_rules: _containers.RepeatedCompositeFieldContainer[DropRule]
    exemptions: _containers.RepeatedCompositeFieldContainer[Exemption]
    def __init__(self, version: _Optional[int] = ..., service: _Optional[str] = ..., default_rate: _Optional[float] = ..., patterns: _Optional[_Mapping[str, PatternRule]] = ..., guarantees: _Optional[_Union[Guarantees, _Mapping]] = ..., drop_rules: _Optional[_Iterable[_Union[DropRule, _Mapping]]] = ..., exemptions: _Optional[_Iterable[_Union[Exemption, _Mapping]]] = ...) -> None: ...

class PatternRule(_message.Message):
    __slots__ = ("rate", "max_per_second", "template")
    RATE_FIELD_NUMBER: _ClassVar[int]
    MAX_PER_SECOND_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    rate: float
    max_per_second: float
    template: str
    def __init__(self, rate: _Optional[float] = ..., max_per_second: _Optional[float] = ..., template: _Optional[str] = ...) -> None: ...

class Guarantees(_message.Message):
    __slots__ = ("keep_severity", "min_rate", "novelty_keep", "floor_interval_seconds", "detect_severity", "http_5xx_as_error")
    KEEP_SEVERITY_FIELD_NUMBER: _ClassVar[int]
    MIN_RATE_FIELD_NUMBER: _ClassVar[int]
    NOVELTY_KEEP_FIELD_NUMBER: _ClassVar[int]
    FLOOR_INTERVAL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    DETECT_SEVERITY_FIELD_NUMBER: _ClassVar[int]
    HTTP_5XX_AS_ERROR_FIELD_NUMBER: _ClassVar[int]
    keep_severity: int
    min_rate: float
    novelty_keep: int
    floor_interval_seconds: float
    detect_severity: bool
    http_5xx_as_error: bool
    def __init__(self, keep_severity: _Optional[int] = ..., min_rate: _Optional[float] = ..., novelty_keep: _Optional[int] = ..., floor_interval_seconds: _Optional[float] = ..., detect_severity: _Optional[bool] = ..., http_5xx_as_error: _Optional[bool] = ...) -> None: ...

class DropRule(_message.Message):
    __slots__ = ("match", "rate")
    MATCH_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    match: str
    rate: float
    def __init__(self, match: _Optional[str] = ..., rate: _Optional[float] = ...) -> None: ...

class Exemption(_message.Message):
    __slots__ = ("attribute", "equals", "resource")
    ATTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    EQUALS_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    attribute: str
    equals: str
    resource: bool
    def __init__(self, attribute: _Optional[str] = ..., equals: _Optional[str] = ..., resource: _Optional[bool] = ...) -> None: ...

class ReportPatternStatsRequest(_message.Message):
    __slots__ = ("tenant", "service", "reporter", "sequence", "patterns")
    TENANT_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    REPORTER_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    PATTERNS_FIELD_NUMBER: _ClassVar[int]
    tenant: str
    service: str
    reporter: str
    sequence: int
    patterns: _containers.RepeatedCompositeFieldContainer[PatternStats]
    def __init__(self, tenant: _Optional[str] = ..., service: _Optional[str] = ..., reporter: _Optional[str] = ..., sequence: _Optional[int] = ..., patterns: _Optional[_Iterable[_Union[PatternStats, _Mapping]]] = ...) -> None: ...

class PatternStats(_message.Message):
    __slots__ = ("pattern_id", "template", "dropped_records", "dropped_bytes", "severities")
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    DROPPED_RECORDS_FIELD_NUMBER: _ClassVar[int]
    DROPPED_BYTES_FIELD_NUMBER: _ClassVar[int]
    SEVERITIES_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    template: str
    dropped_records: int
    dropped_bytes: int
    severities: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, pattern_id: _Optional[str] = ..., template: _Optional[str] = ..., dropped_records: _Optional[int] = ..., dropped_bytes: _Optional[int] = ..., severities: _Optional[_Iterable[int]] = ...) -> None: ...

class ReportPatternStatsResponse(_message.Message):
    __slots__ = ("records",)
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    records: int
    def __init__(self, records: _Optional[int] = ...) -> None: ...
