


package child

import (
	"os/exec"
	"reflect"
	"testing"
)


































