from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_audit_submit_error_response_model import (
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_audit_submit_model import (
    AlipayOpenMiniInnerversionAuditSubmitModel,
)
from ...models.alipay_open_mini_innerversion_audit_submit_response_model import (
    AlipayOpenMiniInnerversionAuditSubmitResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionAuditSubmitModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/audit/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionAuditSubmitResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionAuditSubmitResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_audit_submit_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_audit_submit_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_audit_submit_default_response_type_1 = AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_audit_submit_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionAuditSubmitResponseModel
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionAuditSubmitModel,
) -> Response[
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionAuditSubmitResponseModel
]:
    """Submit a version for review

     Submits a version in development (`INIT`) for review, with the listing details the reviewers see.
    Listing fields left out keep the app's current values; licence and special-qualification fields are
    needed only for categories that require them. Alipay sends the outcome by message when the review
    ends.

    The server refuses a blank `app_version` or `version_desc`; a blank description, slogan, category or
    screenshot list is refused only when the app has no current value to fall back on.

    Args:
        body (AlipayOpenMiniInnerversionAuditSubmitModel): Request of
            `alipay.open.mini.innerversion.audit.submit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionAuditSubmitResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionAuditSubmitModel,
) -> (
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionAuditSubmitResponseModel
    | None
):
    """Submit a version for review

     Submits a version in development (`INIT`) for review, with the listing details the reviewers see.
    Listing fields left out keep the app's current values; licence and special-qualification fields are
    needed only for categories that require them. Alipay sends the outcome by message when the review
    ends.

    The server refuses a blank `app_version` or `version_desc`; a blank description, slogan, category or
    screenshot list is refused only when the app has no current value to fall back on.

    Args:
        body (AlipayOpenMiniInnerversionAuditSubmitModel): Request of
            `alipay.open.mini.innerversion.audit.submit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionAuditSubmitResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionAuditSubmitModel,
) -> Response[
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionAuditSubmitResponseModel
]:
    """Submit a version for review

     Submits a version in development (`INIT`) for review, with the listing details the reviewers see.
    Listing fields left out keep the app's current values; licence and special-qualification fields are
    needed only for categories that require them. Alipay sends the outcome by message when the review
    ends.

    The server refuses a blank `app_version` or `version_desc`; a blank description, slogan, category or
    screenshot list is refused only when the app has no current value to fall back on.

    Args:
        body (AlipayOpenMiniInnerversionAuditSubmitModel): Request of
            `alipay.open.mini.innerversion.audit.submit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionAuditSubmitResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionAuditSubmitModel,
) -> (
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionAuditSubmitResponseModel
    | None
):
    """Submit a version for review

     Submits a version in development (`INIT`) for review, with the listing details the reviewers see.
    Listing fields left out keep the app's current values; licence and special-qualification fields are
    needed only for categories that require them. Alipay sends the outcome by message when the review
    ends.

    The server refuses a blank `app_version` or `version_desc`; a blank description, slogan, category or
    screenshot list is refused only when the app has no current value to fall back on.

    Args:
        body (AlipayOpenMiniInnerversionAuditSubmitModel): Request of
            `alipay.open.mini.innerversion.audit.submit`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionAuditSubmitResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
