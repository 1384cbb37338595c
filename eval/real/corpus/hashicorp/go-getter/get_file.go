


package getter

import (
	"net/url"
	"os"
)






























