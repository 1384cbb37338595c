


package signals

import (
	"strings"
	"syscall"
	"testing"
)






























