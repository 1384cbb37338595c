from invoke import task

from dmdevtools.invoke_tasks import library_tasks as ns









