


package dependency

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/consul/api"

	"github.com/pkg/errors"
	"github.com/stretchr/testify/assert"
)


























































































