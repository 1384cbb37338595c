


package getter

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ulikunitz/xz"
)










































