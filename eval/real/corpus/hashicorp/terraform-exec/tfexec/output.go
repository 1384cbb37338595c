


package tfexec

import (
	"context"
	"encoding/json"
	"os/exec"
)
























































