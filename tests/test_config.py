"""Client settings: environment fallbacks, base URL joining, header safety, key masking,
and the change-reason header."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import pytest

from everruns import Everruns, ValidationError
from everruns._config import (
    DEFAULT_BASE_URL,
    USER_AGENT,
    Settings,
    check_header_value,
    check_headers,
    encode_change_reason,
    is_loopback,
    mask_secret,
    normalize_base_url,
)

KEY = "evr_pat_0123456789abcdefghij"
ORG = "org_" + "ab" * 16


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("EVERRUNS_API_KEY", "EVERRUNS_API_URL", "EVERRUNS_ORG_ID", "EVERRUNS_LOG"):
        monkeypatch.delenv(name, raising=False)


class TestResolve:
    def test_reads_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("EVERRUNS_API_KEY", KEY)
        monkeypatch.setenv("EVERRUNS_API_URL", "http://localhost:9000/everruns/api")
        monkeypatch.setenv("EVERRUNS_ORG_ID", ORG)
        settings = Settings.resolve(None, None, None)
        assert (settings.api_key, settings.base_url, settings.org_id) == (
            KEY,
            "http://localhost:9000/everruns/api/",
            ORG,
        )

    def test_explicit_arguments_win_over_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("EVERRUNS_API_KEY", "from-env")
        monkeypatch.setenv("EVERRUNS_API_URL", "http://env.example/api")
        settings = Settings.resolve("explicit", "http://arg.example/api", None)
        assert (settings.api_key, settings.base_url) == ("explicit", "http://arg.example/api/")

    def test_defaults_to_the_hosted_api(self) -> None:
        assert Settings.resolve(KEY, None, None).base_url == DEFAULT_BASE_URL + "/"

    def test_no_key_anywhere_names_the_variable(self) -> None:
        with pytest.raises(ValidationError, match="EVERRUNS_API_KEY") as caught:
            Everruns()
        assert caught.value.field == "api_key"

    def test_a_malformed_org_id_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="org_id") as caught:
            Settings.resolve(KEY, None, "org_123")
        assert caught.value.field == "org_id"

    def test_a_key_that_would_split_a_header_is_refused_by_its_argument_name(self) -> None:
        with pytest.raises(ValidationError) as caught:
            Settings.resolve("evr_pat_abc\r\nX-Injected: 1", None, None)
        assert (str(caught.value), caught.value.field) == ("api_key cannot contain CR, LF or NUL characters", "api_key")


class TestBaseUrl:
    @pytest.mark.parametrize(
        "url",
        ["http://host/api", "http://host/api/", " http://host/api// "],
    )
    def test_keeps_the_path_prefix_with_or_without_a_trailing_slash(self, url: str) -> None:
        assert normalize_base_url(url) == "http://host/api/"

    @pytest.mark.parametrize(
        "url",
        ["host/api", "ftp://host/api", "http://host/api?x=1", "http:///nohost", "http://[::1", "http://host:abc/api"],
    )
    def test_refuses_what_is_not_an_absolute_http_url(self, url: str) -> None:
        with pytest.raises(ValidationError, match="base_url") as caught:
            normalize_base_url(url)
        assert caught.value.field == "base_url"

    def test_only_slashes_are_trimmed_from_the_end_of_the_path(self) -> None:
        assert normalize_base_url("http://host/BOX//") == "http://host/BOX/"


class TestCredentialsInTheUrl:
    @pytest.mark.parametrize(
        ("url", "shown"),
        [
            ("http://user:hunter2@127.0.0.1:1/internal-api", "http://****@127.0.0.1:1/internal-api"),
            ("https://hunter2@api.example.com/api", "https://****@api.example.com/api"),
            ("https://user:hun/ter2@api.example.com", "https://****@api.example.com"),
            ("https://user:hun#ter2@api.example.com", "https://****@api.example.com"),
            ("https://user:hunter2@api.example.com:abc/api", "https://****@api.example.com:abc/api"),
            ("https://user:hunter2@[::1", "https://****@[::1"),
            ("user:hunter2@api.example.com", "****@api.example.com"),
        ],
    )
    def test_a_user_name_or_password_in_base_url_is_refused_without_showing_it(self, url: str, shown: str) -> None:
        with pytest.raises(ValidationError) as caught:
            normalize_base_url(url)
        assert caught.value.field == "base_url"
        assert str(caught.value) == (
            f"base_url cannot carry a user name or password (user:password@host), got {shown!r}; "
            "pass the API key as api_key"
        )
        assert "hunter2" not in repr(caught.value)
        assert "hun" not in str(caught.value)

    def test_the_client_refuses_it_from_an_argument_or_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        with pytest.raises(ValidationError, match="user name or password") as caught:
            Everruns(api_key=KEY, base_url="https://user:hunter2@api.example.com/api")
        assert "hunter2" not in str(caught.value)
        monkeypatch.setenv("EVERRUNS_API_URL", "https://user:hunter2@api.example.com/api")
        with pytest.raises(ValidationError, match="user name or password") as caught:
            Everruns(api_key=KEY)
        assert "hunter2" not in str(caught.value)


class TestClearText:
    @pytest.mark.parametrize(
        "url", ["http://api.example.com/api", "http://10.0.0.5:8080", "http://everruns/api", "http://[2001:db8::1]/"]
    )
    def test_plain_http_to_another_machine_logs_one_warning(self, url: str, caplog: pytest.LogCaptureFixture) -> None:
        with caplog.at_level(logging.WARNING, "everruns"):
            client = Everruns(api_key=KEY, base_url=url)
            client.with_options(timeout=1).close()
            client.close()
        (record,) = [r for r in caplog.records if r.name == "everruns"]
        host = urlsplit(url).hostname
        assert record.getMessage() == (
            f"base_url {normalize_base_url(url)} is not https: the API key would travel in clear text to {host}"
        )
        assert KEY not in record.getMessage()

    @pytest.mark.parametrize(
        "url",
        [
            "https://api.example.com/api",
            "http://127.0.0.1:8080/api",
            "http://127.5.6.7",
            "http://localhost:9000",
            "http://LOCALHOST.:9000",
            "http://everruns.localhost",
            "http://[::1]:8080",
        ],
    )
    def test_https_or_this_machine_logs_nothing(self, url: str, caplog: pytest.LogCaptureFixture) -> None:
        with caplog.at_level(logging.DEBUG, "everruns"):
            Settings.resolve(KEY, url, None)
        assert not [r for r in caplog.records if r.name == "everruns"]

    @pytest.mark.parametrize(
        ("host", "loopback"),
        [
            ("localhost", True),
            ("a.localhost", True),
            ("localhost.", True),
            ("127.0.0.1", True),
            ("::1", True),
            ("notlocalhost", False),
            ("localhost.example.com", False),
            ("128.0.0.1", False),
            ("", False),
        ],
    )
    def test_loopback_is_localhost_127_0_0_0_8_and_ipv6_one(self, host: str, loopback: bool) -> None:
        assert is_loopback(host) is loopback


class TestHeaders:
    def test_authorization_is_the_raw_token_and_the_sdk_names_itself(self) -> None:
        headers = Settings.resolve(KEY, None, ORG).headers()
        assert headers["Authorization"] == KEY
        assert headers["Accept"] == "application/json"
        assert headers["X-Org-Id"] == ORG
        assert headers["User-Agent"] == headers["X-SDK-Version"] == USER_AGENT
        assert USER_AGENT.startswith("everruns-python-sdk/")

    def test_no_org_header_without_an_org(self) -> None:
        assert "X-Org-Id" not in Settings.resolve(KEY, None, None).headers()

    @pytest.mark.parametrize("value", ["a\rb", "a\nb", "a\x00b"])
    def test_values_that_would_split_a_header_are_refused(self, value: str) -> None:
        with pytest.raises(ValidationError, match="CR, LF or NUL"):
            check_header_value("X-Thing", value)

    @pytest.mark.parametrize("value", ["clé", "naïve", "\u2603"])
    def test_values_a_header_cannot_carry_are_refused(self, value: str) -> None:
        with pytest.raises(ValidationError, match="ASCII"):
            check_header_value("X-Thing", value)

    def test_a_key_with_a_newline_is_refused_before_any_request(self) -> None:
        with pytest.raises(ValidationError):
            Everruns(api_key="abc\nInjected: yes", base_url="http://127.0.0.1:9/api")

    @pytest.mark.parametrize(
        ("headers", "field", "message"),
        [
            ({"X-Count": 5}, "X-Count", "X-Count must be a string, got int"),
            ({"X-Trace": "a\nb"}, "X-Trace", "X-Trace cannot contain CR, LF or NUL characters"),
            ({"X-Trace": "caf\u00e9"}, "X-Trace", "X-Trace must be ASCII text (percent-encode anything else)"),
            ({"X-Bad\nName": "v"}, "header name", "header name cannot contain CR, LF or NUL characters"),
        ],
        ids=["not a string", "line break", "not ascii", "line break in the name"],
    )
    def test_a_refused_header_is_named_in_the_error(self, headers: dict, field: str, message: str) -> None:
        with pytest.raises(ValidationError) as caught:
            check_headers(headers)
        assert (str(caught.value), caught.value.field) == (message, field)

    def test_default_headers_are_checked_too(self) -> None:
        with pytest.raises(ValidationError):
            Everruns(api_key=KEY, base_url="http://127.0.0.1:9/api", default_headers={"X-Trace": "a\r\nb"})


class TestMasking:
    @pytest.mark.parametrize(
        ("secret", "masked"),
        [(KEY, "evr_pat_****"), ("dev", "****"), ("evr_x", "evr_****"), ("plain-secret-value", "****")],
    )
    def test_shows_the_kind_of_key_never_the_key(self, secret: str, masked: str) -> None:
        assert mask_secret(secret) == masked

    def test_client_and_settings_reprs_hide_the_key(self) -> None:
        client = Everruns(api_key=KEY, base_url="http://127.0.0.1:9/api")
        settings = Settings.resolve(KEY, None, None)
        for text in (repr(client), str(client), repr(settings), repr(client.with_options(timeout=1))):
            assert KEY not in text
            assert "evr_pat_****" in text
        client.close()


class TestChangeReason:
    def test_is_trimmed_and_percent_encoded_as_utf8_leaving_unreserved_characters_bare(self) -> None:
        assert encode_change_reason("  Fix typo: a+b = c ~ ok_-. ") == "Fix%20typo%3A%20a%2Bb%20%3D%20c%20~%20ok_-."
        assert encode_change_reason("naïve ✓") == "na%C3%AFve%20%E2%9C%93"

    def test_keeps_newlines_and_tabs_encoded(self) -> None:
        assert encode_change_reason("line one\nline\ttwo") == "line%20one%0Aline%09two"

    @pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
    def test_a_blank_reason_means_no_header(self, reason: str) -> None:
        assert encode_change_reason(reason) is None

    def test_refuses_what_the_api_would_refuse(self) -> None:
        with pytest.raises(ValidationError, match="1000"):
            encode_change_reason("x" * 1001)
        with pytest.raises(ValidationError, match="control"):
            encode_change_reason("bell \x07")
        with pytest.raises(ValidationError, match="credential"):
            encode_change_reason("rotated to evr_pat_abcdefgh12345678")
        with pytest.raises(ValidationError, match="credential"):
            encode_change_reason(f"my key is {KEY}", api_key=KEY)
        for leaked in ("rotated sk-ABCDEFGH12345678", "ghp_ABCDEFGHIJKL1234 leaked", "evr_pat_abc-def_ghij-klmno"):
            with pytest.raises(ValidationError, match="credential"):
                encode_change_reason(leaked)

    @pytest.mark.parametrize(
        ("reason", "message"),
        [
            ("x" * 1001, "a change reason is at most 1000 characters"),
            ("bell \x07", "a change reason cannot contain control characters"),
            ("rotated to evr_pat_abcdefgh12345678", "a change reason cannot contain a credential"),
        ],
        ids=["too long", "control character", "credential"],
    )
    def test_each_refusal_says_why_and_names_the_reason_argument(self, reason: str, message: str) -> None:
        with pytest.raises(ValidationError) as caught:
            encode_change_reason(reason)
        assert (str(caught.value), caught.value.field) == (message, "reason")

    def test_the_callers_own_key_is_refused_from_eight_characters_on(self) -> None:
        assert encode_change_reason("uses abcdefg", api_key="abcdefg") == "uses%20abcdefg", "too short to tell"
        with pytest.raises(ValidationError, match="credential"):
            encode_change_reason("uses abcdefgh", api_key="abcdefgh")

    def test_a_slash_is_encoded_like_every_other_reserved_character(self) -> None:
        assert encode_change_reason("billing/refunds") == "billing%2Frefunds"

    def test_accepts_exactly_one_thousand_characters(self) -> None:
        assert encode_change_reason("y" * 1000) == "y" * 1000
