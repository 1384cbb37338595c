


package getter

import (
	"io"
)

































