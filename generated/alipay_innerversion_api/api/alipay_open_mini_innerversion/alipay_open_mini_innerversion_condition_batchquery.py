from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_condition_batchquery_error_response_model import (
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_condition_batchquery_model import (
    AlipayOpenMiniInnerversionConditionBatchqueryModel,
)
from ...models.alipay_open_mini_innerversion_condition_batchquery_response_model import (
    AlipayOpenMiniInnerversionConditionBatchqueryResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionConditionBatchqueryModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/condition/batchquery",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
):
    if response.status_code == 200:
        response_200 = (
            AlipayOpenMiniInnerversionConditionBatchqueryResponseModel.from_dict(
                response.json()
            )
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> (
        AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel
        | CommonErrorType
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_condition_batchquery_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_condition_batchquery_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_condition_batchquery_default_response_type_1 = AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_condition_batchquery_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
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
    body: AlipayOpenMiniInnerversionConditionBatchqueryModel,
) -> Response[
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
]:
    """List versions by status

     Lists the versions of a mini program whose status is among `version_status` (comma-separated), a
    page at a time: `page_num` from 1, `page_size` at most 10.

    Args:
        body (AlipayOpenMiniInnerversionConditionBatchqueryModel): Request of
            `alipay.open.mini.innerversion.condition.batchquery`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel]
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
    body: AlipayOpenMiniInnerversionConditionBatchqueryModel,
) -> (
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
    | None
):
    """List versions by status

     Lists the versions of a mini program whose status is among `version_status` (comma-separated), a
    page at a time: `page_num` from 1, `page_size` at most 10.

    Args:
        body (AlipayOpenMiniInnerversionConditionBatchqueryModel): Request of
            `alipay.open.mini.innerversion.condition.batchquery`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionConditionBatchqueryModel,
) -> Response[
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
]:
    """List versions by status

     Lists the versions of a mini program whose status is among `version_status` (comma-separated), a
    page at a time: `page_num` from 1, `page_size` at most 10.

    Args:
        body (AlipayOpenMiniInnerversionConditionBatchqueryModel): Request of
            `alipay.open.mini.innerversion.condition.batchquery`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionConditionBatchqueryModel,
) -> (
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
    | None
):
    """List versions by status

     Lists the versions of a mini program whose status is among `version_status` (comma-separated), a
    page at a time: `page_num` from 1, `page_size` at most 10.

    Args:
        body (AlipayOpenMiniInnerversionConditionBatchqueryModel): Request of
            `alipay.open.mini.innerversion.condition.batchquery`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
