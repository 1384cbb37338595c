from task_app import create_app



