


package getter

import (
	"os"
	"path/filepath"
	"testing"
)









































