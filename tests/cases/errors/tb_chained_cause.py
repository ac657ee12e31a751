# cli: -X no_debug_ranges
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg["path"]
    except KeyError as e:
        raise ConfigError("path is required") from e
load({})
