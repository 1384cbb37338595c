from .worker import PushTaskWorker, TaskWorker


