from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_beta_confirm_error_response_model import (
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_beta_confirm_model import (
    AlipayOpenMiniInnerversionBetaConfirmModel,
)
from ...models.alipay_open_mini_innerversion_beta_confirm_response_model import (
    AlipayOpenMiniInnerversionBetaConfirmResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionBetaConfirmModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/beta/confirm",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetaConfirmResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionBetaConfirmResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_beta_confirm_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_beta_confirm_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_beta_confirm_default_response_type_1 = AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_beta_confirm_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetaConfirmResponseModel
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
    body: AlipayOpenMiniInnerversionBetaConfirmModel,
) -> Response[
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetaConfirmResponseModel
]:
    """Confirm a plugin beta test

     Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the mini program
    was invited to beta-test.

    Args:
        body (AlipayOpenMiniInnerversionBetaConfirmModel): Request of
            `alipay.open.mini.innerversion.beta.confirm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetaConfirmResponseModel]
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
    body: AlipayOpenMiniInnerversionBetaConfirmModel,
) -> (
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetaConfirmResponseModel
    | None
):
    """Confirm a plugin beta test

     Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the mini program
    was invited to beta-test.

    Args:
        body (AlipayOpenMiniInnerversionBetaConfirmModel): Request of
            `alipay.open.mini.innerversion.beta.confirm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetaConfirmResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionBetaConfirmModel,
) -> Response[
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetaConfirmResponseModel
]:
    """Confirm a plugin beta test

     Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the mini program
    was invited to beta-test.

    Args:
        body (AlipayOpenMiniInnerversionBetaConfirmModel): Request of
            `alipay.open.mini.innerversion.beta.confirm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetaConfirmResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionBetaConfirmModel,
) -> (
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetaConfirmResponseModel
    | None
):
    """Confirm a plugin beta test

     Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the mini program
    was invited to beta-test.

    Args:
        body (AlipayOpenMiniInnerversionBetaConfirmModel): Request of
            `alipay.open.mini.innerversion.beta.confirm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetaConfirmResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
