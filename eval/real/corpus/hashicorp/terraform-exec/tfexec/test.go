


package tfexec

import (
	"context"
	"fmt"
	"io"
	"os/exec"
)























































