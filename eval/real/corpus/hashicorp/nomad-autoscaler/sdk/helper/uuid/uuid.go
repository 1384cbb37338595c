


package uuid

import (
	crand "crypto/rand"
	"fmt"
)















