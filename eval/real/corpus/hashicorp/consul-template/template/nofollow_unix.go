




package template

import "syscall"






