





package main

import (
	"syscall"
)




