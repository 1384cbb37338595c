





package renderer

import (
	"fmt"
)






























