





package child

import (
	"os/exec"
	"strings"
)

































