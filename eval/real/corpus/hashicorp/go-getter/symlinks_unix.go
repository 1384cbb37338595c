




package getter

import (
	"path/filepath"
)














