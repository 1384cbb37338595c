





package renderer

import (
	"os"
	"syscall"
)














