


package tfexec

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
)
























































