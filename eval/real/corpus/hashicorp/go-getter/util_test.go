


package getter

import (
	"io"
	"os"
	"strings"
	"testing"
)








































