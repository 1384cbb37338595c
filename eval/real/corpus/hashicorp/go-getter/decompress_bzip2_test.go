


package getter

import (
	"path/filepath"
	"testing"
)




























