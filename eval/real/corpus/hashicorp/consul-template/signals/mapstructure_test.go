


package signals

import (
	"fmt"
	"os"
	"reflect"
	"syscall"
	"testing"

	"github.com/mitchellh/mapstructure"
)































