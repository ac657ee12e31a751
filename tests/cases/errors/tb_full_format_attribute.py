class Config:
    def __init__(self):
        self.values = {"debug": True}
cfg = Config()
print(cfg.values["debug"])
print(cfg.settings_qzx)
