


package flag

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)






















































