


package ptr

import (
	"testing"

	"github.com/shoenig/test/must"
)












