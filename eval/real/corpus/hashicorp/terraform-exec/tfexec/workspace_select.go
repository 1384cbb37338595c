


package tfexec

import (
	"context"
	"os/exec"
)











































