





package signals

import (
	"os"
	"syscall"
)



































