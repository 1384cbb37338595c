


package tfexec

import (
	"bytes"
	"context"
	"os/exec"
)
















































