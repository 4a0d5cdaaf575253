"""A local, protocol-faithful emulator of Alipay's v3 gateway for the innerversion API."""
