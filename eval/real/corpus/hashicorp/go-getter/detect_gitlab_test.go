


package getter

import (
	"testing"
)







































