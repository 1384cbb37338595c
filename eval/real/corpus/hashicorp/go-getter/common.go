


package getter

import (
	"os"
)









