





package child

import (
	"os/exec"
	"syscall"
)












