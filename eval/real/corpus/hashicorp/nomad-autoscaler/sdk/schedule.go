


package sdk

import (
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/cronexpr"
)




















































